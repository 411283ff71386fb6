using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Nominations.Wizard;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Nominations;

public sealed class WizardHappyPathTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Individual_GiayKhen_FromEnrolmentToSubmittedWithReferenceAndOfficeNotified()
    {
        var staff = await _bot.StaffAsync("ha");
        Assert.Contains("Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học", staff.Inbox[^1].Text);

        var review = await staff.IndividualToReviewAsync();
        Assert.Contains("• Họ và tên: Nguyễn Văn An", review.Text);
        Assert.Contains("• Giới tính: Nam", review.Text);
        Assert.Contains("• Năm sinh: 1985", review.Text);
        Assert.Contains("• Phong trào thi đua: Đổi mới sáng tạo", review.Text);
        Assert.Contains("Giấy khen – cá nhân: 0/10", review.Text);
        Assert.Contains("Hạn gửi và chỉnh sửa hồ sơ: 01/12/2026 17:00", review.Text);

        var done = await staff.Presses("✅ Gửi hồ sơ");

        Assert.Contains("✅ Đã gửi hồ sơ GK-CN-001", done.Text);
        var nomination = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal("Nguyễn Văn An", nomination.Name);
        Assert.Equal("QLKH", nomination.UnitCode);
        Assert.Equal(NominationStatus.Submitted, nomination.Status);
        Assert.True(nomination.NoDisciplineConfirmed);
        Assert.True(nomination.AwaitingReview);
        Assert.Equal("test:ha", Assert.Single(nomination.History).By);
        Assert.Contains(_bot.InboxOf("admin"), m => m.Text.Contains("Hồ sơ đề xuất mới GK-CN-001 của Phòng Quản lý khoa học"));
        Assert.Null(staff.Session!.Flow);
    }

    [Theory]
    [InlineData(NomineeKind.Individual)]
    [InlineData(NomineeKind.Collective)]
    public async Task Review_ShowsEveryQuestionAsked_UnderItsLabel_AsTheStepTableDeclaresIt(NomineeKind kind)
    {
        var staff = await _bot.StaffAsync("ha");
        var review = kind == NomineeKind.Individual ? await staff.IndividualToReviewAsync() : await staff.CollectiveToReviewAsync();

        var steps = _bot.Services.GetRequiredService<NominationSteps>();
        var asked = new NominationDraft { Kind = kind };
        var labels = steps.All.Where(s => s.Label is not null && (s.When?.Holds(asked) ?? true)).Select(s => s.Label!).ToList();
        Assert.True(labels.Count >= 12, $"only {labels.Count} labelled questions");
        Assert.All(labels, label => Assert.Contains($"• {label}: ", review.Text, StringComparison.Ordinal));
        var other = new NominationDraft { Kind = kind == NomineeKind.Individual ? NomineeKind.Collective : NomineeKind.Individual };
        var notAsked = steps.All.Where(s => s.Label is not null && s.When is not null && !s.When.Holds(asked) && s.When.Holds(other)).Select(s => s.Label!).Except(labels).ToList();
        Assert.NotEmpty(notAsked);
        Assert.All(notAsked, label => Assert.DoesNotContain($"• {label}: ", review.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Individual_BangKhen_GetsItsOwnSequence()
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.IndividualToReviewAsync(award: "Bằng khen của Chủ tịch UBND tỉnh");

        var done = await staff.Presses("✅ Gửi hồ sơ");

        Assert.Contains("BK-CN-001", done.Text);
        Assert.Equal(AwardLevel.ProvincialCertificate, _bot.Store.Find<Nomination>("BK-CN-001")!.Award);
    }

    [Theory]
    [InlineData("Giấy khen của Giám đốc Sở", "GK-TT-001")]
    [InlineData("Bằng khen của Chủ tịch UBND tỉnh", "BK-TT-001")]
    public async Task Collective_EachAward_AsksNameAndHeadAndSubmits(string award, string reference)
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.Says("/decu");
        await staff.Presses(award);
        var name = await staff.Presses("👥 Tập thể");
        Assert.Contains("tên tập thể", name.Text);
        await staff.Says("phòng Quản lý công nghệ và Thị trường công nghệ");
        var head = await staff.Says("trần   đức minh");
        Assert.Contains("Chức vụ của người đứng đầu", head.Text);
        await staff.Says("Trưởng phòng");
        await staff.Says("12; 9");
        await staff.Says("2");
        await staff.Says("Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục, đoàn kết, dân chủ.");
        await staff.SendsFile("bao-cao.pdf", "%PDF-1.7 báo cáo"u8.ToArray());
        var review = await staff.GivenAnsweredFromAsync("Content");
        Assert.Contains("• Tên tập thể: Phòng Quản lý công nghệ và Thị trường công nghệ", review.Text);
        Assert.Contains("• Người đứng đầu: Trần Đức Minh", review.Text);
        Assert.Contains("• Báo cáo thành tích: bao-cao.pdf", review.Text);
        Assert.DoesNotContain("Năm sinh", review.Text);

        var done = await staff.Presses("✅ Gửi hồ sơ");

        Assert.Contains(reference, done.Text);
        var n = _bot.Store.Find<Nomination>(reference)!;
        Assert.Equal(NomineeKind.Collective, n.Kind);
        Assert.Equal("Hưng Yên đẩy mạnh thực hiện Đề án chuyển đổi số giai đoạn 2021-2025", n.Movement);
        Assert.Equal("%PDF-1.7 báo cáo"u8.ToArray(), _bot.Store.ReadFile(n.FileId!)!.Content);
    }

    [Fact]
    public async Task Guest_DoesNotSeeTheWizard()
    {
        var reply = await _bot.User("guest").Says("/decu");

        Assert.Contains("Lệnh này không có hoặc đồng chí không có quyền", reply.Text);
    }
}
