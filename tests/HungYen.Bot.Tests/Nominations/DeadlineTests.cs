using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

public sealed class DeadlineTests : IDisposable
{
    private static readonly DateTimeOffset AfterDeadline = new(2026, 12, 1, 17, 1, 0, TimeSpan.FromHours(7));
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Wizard_AfterTheDeadline_IsClosedWithTheDate()
    {
        var staff = await _bot.StaffAsync("ha");
        _bot.Clock.SetUtcNow(AfterDeadline);

        var reply = await staff.Says("/decu");

        Assert.Contains("Đã hết hạn gửi và chỉnh sửa hồ sơ đề xuất (01/12/2026 17:00)", reply.Text);
        Assert.Null(staff.Session!.Flow);
    }

    [Fact]
    public async Task Submit_WhenTheDeadlinePassesMidWizard_IsRefused()
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.IndividualToReviewAsync();
        _bot.Clock.SetUtcNow(AfterDeadline);

        var reply = await staff.Presses("✅ Gửi hồ sơ");

        Assert.Contains("Đã hết hạn", reply.Text);
        Assert.Empty(_bot.Store.Query<Nomination>());
    }

    [Fact]
    public async Task Submit_RefusedForTheDeadline_KeepsTheFinishedDraftAtTheReview()
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.IndividualToReviewAsync();
        _bot.Clock.SetUtcNow(AfterDeadline);

        var reply = await staff.Presses("✅ Gửi hồ sơ");

        Assert.Contains("vẫn được giữ nguyên", reply.Text);
        Assert.Equal("nomination", staff.Session!.Flow);
        Assert.Equal("Review", staff.Session.State);
        Assert.Equal("Nguyễn Văn An", System.Text.Json.JsonSerializer.Deserialize<HungYen.Bot.Core.Nominations.Wizard.NominationDraft>(staff.Session.Get("details")!)!.Name);
    }

    [Fact]
    public async Task UnitList_BeforeDeadline_EditAndWithdrawAreOffered()
    {
        var staff = await SubmittedAsync();

        await staff.Says("/hoso");
        var detail = await staff.Presses("GK-CN-001 · Nguyễn Văn An");

        Assert.Contains("✏️ Sửa hồ sơ", detail.Choices);
        Assert.Contains("🗑 Rút hồ sơ", detail.Choices);
    }

    [Fact]
    public async Task UnitList_AfterDeadline_OnlyAChangeRequestToTheOffice()
    {
        var staff = await SubmittedAsync();
        _bot.Clock.SetUtcNow(AfterDeadline);

        await staff.Says("/hoso");
        var detail = await staff.Presses("GK-CN-001 · Nguyễn Văn An");
        Assert.DoesNotContain("✏️ Sửa hồ sơ", detail.Choices);
        Assert.DoesNotContain("🗑 Rút hồ sơ", detail.Choices);
        Assert.Contains("Đã hết hạn", detail.Text);

        await staff.Presses("✉️ Đề nghị thay đổi");
        var file = await staff.SendsFile("bao-cao.pdf", "%PDF-1.7"u8.ToArray());
        Assert.Contains(Vi.Journeys.NotTaken(InputKind.File, takesText: true), file.Text); // not "at least 5 characters"
        Assert.DoesNotContain("ít nhất 5 ký tự", file.Text);
        var sent = await staff.Says("Đề nghị sửa năm sinh thành 1986");

        Assert.Contains("Đã gửi đề nghị thay đổi", sent.Text);
        Assert.Contains(_bot.InboxOf("admin"), m => m.Text.Contains("đề nghị thay đổi hồ sơ GK-CN-001") && m.Text.Contains("năm sinh thành 1986"));
        Assert.Equal(1985, _bot.Store.Find<Nomination>("GK-CN-001")!.BirthYear);
    }

    [Fact]
    public async Task UnitList_EditBeforeDeadline_ResubmitsForReview()
    {
        var staff = await SubmittedAsync();
        await staff.Says("/hoso");
        await staff.Presses("GK-CN-001 · Nguyễn Văn An");
        var review = await staff.Presses("✏️ Sửa hồ sơ");
        Assert.Contains("• Họ và tên: Nguyễn Văn An", review.Text);
        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses("Chức vụ");
        await staff.Says("Trưởng phòng");

        var done = await staff.Presses("✅ Gửi hồ sơ");

        Assert.Contains("Đã cập nhật hồ sơ GK-CN-001", done.Text);
        var n = _bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal("Trưởng phòng", n.Position);
        Assert.Equal(2, n.History.Count);
        Assert.Single(_bot.Store.Query<Nomination>());
        Assert.Contains(_bot.InboxOf("admin"), m => m.Text.Contains("GK-CN-001 của Phòng Quản lý khoa học đã được chỉnh sửa"));
    }

    [Fact]
    public async Task UnitList_Withdraw_MarksWithdrawnAndTellsTheOffice()
    {
        var staff = await SubmittedAsync();
        await staff.Says("/hoso");
        await staff.Presses("GK-CN-001 · Nguyễn Văn An");
        await staff.Presses("🗑 Rút hồ sơ");

        var reply = await staff.Presses("🗑 Đồng ý rút");

        Assert.Contains("Đã rút hồ sơ GK-CN-001", reply.Text);
        Assert.Equal(NominationStatus.Withdrawn, _bot.Store.Find<Nomination>("GK-CN-001")!.Status);
        Assert.Contains(_bot.InboxOf("admin"), m => m.Text.Contains("đã rút hồ sơ GK-CN-001"));
    }

    [Fact]
    public async Task UnitList_ShowsOnlyTheStaffersOwnUnit()
    {
        await SubmittedAsync();
        var other = await _bot.StaffAsync("khac", "TTTT", "Vũ Văn Khánh");

        var reply = await other.Says("/hoso");

        Assert.Contains("Đơn vị chưa có hồ sơ đề xuất nào", reply.Text);
        var forged = await other.PressesRaw($"{other.Session!.Stamp:x}|n:GK-CN-001");
        Assert.DoesNotContain(forged.Messages, m => m.Text.Contains("Nguyễn Văn An"));
    }

    private async Task<ChatUser> SubmittedAsync()
    {
        var staff = await _bot.GivenAStafferWhoSubmittedAsync();
        return staff;
    }
}
