using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Tests.Nominations;

namespace HungYen.Bot.Tests.Journeys;

/// <summary>
/// A staffer halfway through a nomination who turns to another task (their data, /dulieu) loses nothing: the draft is
/// set aside with its answers and file, the menu says it is under way, and choosing it again goes on where it stood.
/// </summary>
public sealed class SetAsideTests
{
    [Fact]
    public async Task TurningToTheirDataMidWizard_TheDraftIsSetAside_AndTakenUpAtTheSameQuestion()
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Summary");

        var privacy = await staff.Says("/dulieu");
        Assert.Contains(Vi.Journeys.SetAside, privacy.Text);
        var view = await staff.Presses("📄 Xem dữ liệu của tôi");
        Assert.Contains("Phạm Thị Lan", view.Text); // the set-aside draft is theirs, and shown

        var menu = await staff.Says("/menu");
        Assert.Contains(Vi.Journeys.SetAsideEntry(NominationHarness.Wizard), menu.Choices);

        var back = await staff.Presses(Vi.Journeys.SetAsideEntry(NominationHarness.Wizard));
        Assert.Contains("đang làm dở", back.Text);
        Assert.Contains(WizardSteps.Question("Summary"), back.Last.Text);
        var review = await staff.GivenAnsweredFromAsync("Summary");
        Assert.Contains("• Họ và tên: Phạm Thị Lan", review.Text);
        Assert.Contains("• Năm sinh: 1990", review.Text);
        await staff.Presses("✅ Gửi hồ sơ");
        Assert.Equal("Phạm Thị Lan", bot.Store.Find<Nomination>("GK-CN-001")!.Name);
        Assert.Empty(staff.Session!.SetAside);
    }

    [Fact]
    public async Task UploadedReportOfASetAsideDraft_IsKept_UntilTheirDataIsErased()
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Attachment");
        await staff.SendsFile("bao-cao.pdf", "%PDF-1.7 báo cáo"u8.ToArray());
        var file = staff.Session!.Get(Turn.UploadsField)!;

        await staff.Says("/dulieu");
        Assert.NotNull(bot.Store.FileLength(file)); // set aside, not cancelled: the báo cáo stays

        await staff.Presses("🗑 Xóa dữ liệu của tôi");
        await staff.Presses("🗑 Đồng ý xóa");
        Assert.Null(bot.Store.FileLength(file));
    }

    [Fact]
    public async Task StartingTheWizardAfresh_WhileAnotherTaskIsUnderWay_SaysTheFirstIsKept()
    {
        using var bot = NominationHarness.Create();
        var staff = await bot.StaffAsync("ha");
        await staff.Says("/dulieu");
        await staff.Presses("🗑 Xóa dữ liệu của tôi"); // a question of /dulieu is open, with nothing typed yet

        var wizard = await staff.Says("/dexuat");

        Assert.DoesNotContain(Vi.Journeys.SetAside, wizard.Text); // nothing worth keeping was under way
        Assert.Contains(WizardSteps.Question("Award"), wizard.Last.Text);
    }
}
