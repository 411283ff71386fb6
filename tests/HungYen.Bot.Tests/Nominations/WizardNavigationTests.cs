using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Nominations.Wizard;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Nominations;

public sealed class WizardNavigationTests : IDisposable
{
    private readonly TempDatabase _database = new("hy-wizard");

    public static TheoryData<string> StepsWithBack => [.. WizardSteps.Individual.Skip(1)];

    public static TheoryData<string> AllSteps => [.. WizardSteps.Individual];

    public void Dispose() => _database.Dispose();

    [Theory]
    [MemberData(nameof(StepsWithBack))]
    public async Task Back_AtEveryStep_ReturnsToThePreviousQuestionKeepingAnswers(string step)
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, step);
        var previous = WizardSteps.Individual[Array.IndexOf(WizardSteps.Individual, step) - 1];

        var reply = await staff.Presses("⬅️ Quay lại");

        Assert.Contains(WizardSteps.Question(previous), reply.Text);
        Assert.Equal(previous, staff.Session!.State);
        if (Array.IndexOf(WizardSteps.Individual, step) > Array.IndexOf(WizardSteps.Individual, "FullName"))
        {
            Assert.Equal("Phạm Thị Lan", System.Text.Json.JsonSerializer.Deserialize<NominationDraft>(staff.Session.Get(NominationWizardFlow.DraftKey)!)!.Name);
        }
    }

    [Fact]
    public async Task Back_AtFullName_ShowsTheCurrentAnswerWhenAskedAgain()
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Gender");

        var reply = await staff.Presses("⬅️ Quay lại");

        Assert.Contains("(Hiện tại: Phạm Thị Lan)", reply.Text);
    }

    [Theory]
    [MemberData(nameof(AllSteps))]
    public async Task Cancel_AtEveryStep_EndsWithoutSavingAnything(string step)
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, step);

        var reply = await staff.Presses("✖️ Hủy");

        Assert.Contains("Đã hủy thao tác đang làm", reply.Text);
        Assert.Null(staff.Session!.Flow);
        Assert.Empty(bot.Store.Query<Nomination>());
    }

    [Theory]
    [InlineData("Họ và tên", "Hoàng Văn Nam", "• Họ và tên: Hoàng Văn Nam")]
    [InlineData("Năm sinh", "1977", "• Năm sinh: 1977")]
    [InlineData("Chức vụ", "Trưởng phòng", "• Chức vụ: Trưởng phòng")]
    [InlineData("Đơn vị công tác", "Văn phòng Sở", "• Đơn vị công tác: Văn phòng Sở")]
    [InlineData("Tóm tắt thành tích", "Thành tích mới: chủ trì đề tài cấp quốc gia năm 2025.", "• Tóm tắt thành tích: Thành tích mới")]
    public async Task EditOneTextField_FromReview_ChangesOnlyThatFieldAndReturnsToReview(string field, string value, string expected)
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Review");
        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses(field);

        var review = await staff.Says(value);

        Assert.Equal("Review", staff.Session!.State);
        Assert.Contains(expected, review.Text);
        Assert.Contains("• Giới tính: Nữ", review.Text);
    }

    [Theory]
    [InlineData("Hình thức khen thưởng", "Bằng khen của Chủ tịch UBND tỉnh", "• Hình thức khen thưởng: Bằng khen của Chủ tịch UBND tỉnh")]
    [InlineData("Giới tính", "Nam", "• Giới tính: Nam")]
    [InlineData("Phong trào thi đua", "2", "• Phong trào thi đua: Hưng Yên đẩy mạnh")]
    public async Task EditOneChoiceField_FromReview_ChangesOnlyThatField(string field, string choice, string expected)
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Review");
        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses(field);

        var review = choice.Length == 1 ? await staff.Says(choice) : await staff.Presses(choice);

        Assert.Equal("Review", staff.Session!.State);
        Assert.Contains(expected, review.Text);
    }

    [Fact]
    public async Task EditAttachment_FromReview_ReplacesTheFile()
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Review");
        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses("Báo cáo thành tích");

        await staff.SendsFile("moi.pdf", "%PDF-moi"u8.ToArray());

        Assert.Equal("Review", staff.Session!.State);
        Assert.Contains("• Báo cáo thành tích: moi.pdf", staff.Inbox[^1].Text);
    }

    [Fact]
    public async Task EditKind_FromReview_WalksTheNewKindsFields()
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Review");
        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses("Đối tượng");

        var reply = await staff.Presses("👥 Tập thể");

        Assert.Contains("tên tập thể", reply.Text);
        Assert.Equal("CollectiveName", staff.Session!.State);
    }

    [Theory]
    [InlineData("Hình thức khen thưởng")]
    [InlineData("Họ và tên")]
    [InlineData("Giới tính")]
    [InlineData("Tóm tắt thành tích")]
    [InlineData("Điện thoại liên hệ")]
    public async Task BackWhileEditingOneField_ReturnsToTheReviewUnchanged(string field)
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Review");
        var before = staff.Inbox[^1].Text;
        await staff.Presses("✏️ Sửa một mục");
        var question = await staff.Presses(field);
        Assert.Contains("⬅️ Quay lại", question.Choices);

        var review = await staff.Presses("⬅️ Quay lại");

        Assert.Equal("Review", staff.Session!.State);
        Assert.Equal(before, review.Last.Text);
    }

    [Fact]
    public async Task SwitchingKindFromReview_AsksOnlyTheNewKindsFields_AndSwitchingBackKeepsThePersonsAnswers()
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Review");
        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses("Đối tượng");

        var name = await staff.Presses("👥 Tập thể");
        Assert.DoesNotContain("Hiện tại", name.Text);
        await staff.Says("Phòng Quản lý khoa học");
        await staff.Says("Trần Đức Minh");
        await staff.Says("Trưởng phòng");
        var collective = await staff.Says("12; 9");

        Assert.Equal("Review", staff.Session!.State);
        Assert.Contains("• Tên tập thể: Phòng Quản lý khoa học", collective.Text);
        Assert.Contains("• Phong trào thi đua: Đổi mới sáng tạo", collective.Text);
        Assert.Contains("• Tóm tắt thành tích: Có 02 sáng kiến", collective.Text);
        Assert.DoesNotContain("Năm sinh", collective.Text);

        await staff.Presses("✏️ Sửa một mục");
        await staff.Presses("Đối tượng");
        var individual = await staff.Presses("👤 Cá nhân");

        Assert.Equal("Review", staff.Session!.State);
        Assert.Contains("• Họ và tên: Phạm Thị Lan", individual.Text);
        Assert.Contains("• Giới tính: Nữ", individual.Text);
        Assert.Contains("• Năm sinh: 1990", individual.Text);
        Assert.DoesNotContain("Người đứng đầu", individual.Text);
        await staff.Presses("✅ Gửi hồ sơ");
        var saved = bot.Store.Find<Nomination>("GK-CN-001")!;
        Assert.Equal("Phạm Thị Lan", saved.Name);
        Assert.Null(saved.Head);
        Assert.Null(saved.MemberCount);
    }

    [Fact]
    public async Task Restart_MidWizard_ResumesAtTheSameStepWithAllAnswers()
    {
        using (var before = NominationHarness.Create(databasePath: _database.Path))
        {
            var staff = await before.StaffAsync("ha");
            await WizardSteps.WalkToAsync(staff, "Summary");
        }

        using var after = NominationHarness.Create(databasePath: _database.Path);
        var resumed = after.User("ha");
        Assert.Equal("Summary", resumed.Session!.State);
        var help = await resumed.Says("/start");
        Assert.Contains("tóm tắt thành tích", help.Last.Text);

        var review = await resumed.GivenAnsweredFromAsync("Summary");
        Assert.Contains("• Họ và tên: Phạm Thị Lan", review.Text);
        await resumed.Presses("✅ Gửi hồ sơ");
        Assert.NotNull(after.Store.Find<Nomination>("GK-CN-001"));
    }

    [Theory]
    [InlineData("/dexuat")]
    [InlineData("/decu")]
    [InlineData(NominationHarness.Wizard)]
    public async Task Restart_ThenChoosingTheWizardAgain_ResumesTheDraftInsteadOfDroppingIt(string again)
    {
        using (var before = NominationHarness.Create(databasePath: _database.Path))
        {
            var staff = await before.StaffAsync("ha");
            await WizardSteps.WalkToAsync(staff, "Summary");
        }

        using var after = NominationHarness.Create(databasePath: _database.Path);
        var resumed = after.User("ha");
        if (again.StartsWith('/'))
        {
            var reply = await resumed.Says(again);
            Assert.True(reply.Text.Contains("đang làm dở", StringComparison.Ordinal), reply.Text);
        }
        else
        {
            await resumed.Says("/menu");
            var reply = await resumed.Presses(again);
            Assert.Contains("đang làm dở", reply.Text);
        }

        Assert.Equal("Summary", resumed.Session!.State);
        Assert.Equal("Phạm Thị Lan", System.Text.Json.JsonSerializer.Deserialize<NominationDraft>(resumed.Session.Get(NominationWizardFlow.DraftKey)!)!.Name);
    }
}
