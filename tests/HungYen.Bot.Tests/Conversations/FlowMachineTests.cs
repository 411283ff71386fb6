using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Nominations.Wizard;
using HungYen.Bot.Tests.Nominations;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Conversations;

/// <summary>A flow's Stateless machine is configured once and lent to one turn at a time, not rebuilt per turn (issue 20).</summary>
public sealed class FlowMachineTests
{
    [Fact]
    public async Task Wizard_TwoStaffersTakingTurnsAboutTwentyTimes_OneMachineServesEveryTurnWithItsOwnAnswers()
    {
        using var bot = NominationHarness.Create();
        var ha = await bot.StaffAsync("ha");
        var lan = await bot.StaffAsync("lan", name: "Phạm Thị Lan");
        var flow = bot.Services.GetServices<IConversationFlow>().OfType<NominationWizardFlow>().Single();

        await ha.Says("/decu");
        await lan.Says("/decu");
        await ha.Presses("Giấy khen của Giám đốc Sở");
        await lan.Presses("Giấy khen của Giám đốc Sở");
        await ha.Presses("👤 Cá nhân");
        await lan.Presses("👤 Cá nhân");
        await ha.Says("nguyễn văn an");
        var lanName = await lan.Says("trần thị bình");
        await ha.Presses("Nam");
        var lanBack = await lan.Presses("⬅️ Quay lại");

        Assert.Equal("BirthYear", ha.Session!.State);
        Assert.Equal("FullName", lan.Session!.State);
        Assert.Contains("(Hiện tại: Trần Thị Bình)", lanBack.Text);
        Assert.Contains(WizardSteps.Question("Gender"), lanName.Text); // asked her next question before going back
        var refused = await ha.Says("không phải năm");
        Assert.Equal("BirthYear", ha.Session!.State); // a refused answer keeps the question
        Assert.NotEmpty(refused.Text);

        await ha.Says("1985");
        await lan.Says("trần thị bình");

        Assert.Equal("Position", ha.Session!.State);
        Assert.Equal("Gender", lan.Session!.State);
        Assert.Equal(1, flow.MachinesBuilt);
    }

    [Fact]
    public async Task Wizard_TwoStaffersAtOnce_EachWalksToTheReviewWithItsOwnAnswers()
    {
        using var bot = NominationHarness.Create();
        var ha = await bot.StaffAsync("ha");
        var lan = await bot.StaffAsync("lan", name: "Phạm Thị Lan");
        var flow = bot.Services.GetServices<IConversationFlow>().OfType<NominationWizardFlow>().Single();

        var reviews = await Task.WhenAll(ha.IndividualToReviewAsync("nguyễn văn an", "1985"), lan.IndividualToReviewAsync("trần thị bình", "1990"));

        Assert.Contains("Nguyễn Văn An", reviews[0].Text);
        Assert.Contains("1985", reviews[0].Text);
        Assert.Contains("Trần Thị Bình", reviews[1].Text);
        Assert.Contains("1990", reviews[1].Text);
        Assert.InRange(flow.MachinesBuilt, 1, 2);
    }
}
