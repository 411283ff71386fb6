using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Conversations;

/// <summary>Issue 19, point 5: typed answers find a choice as Zalo and console users type them.</summary>
public sealed class TypedAnswerTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("Giấy khen", "tap the", AwardLevel.DirectorCertificate, NomineeKind.Collective)]
    [InlineData("bằng khen", "ca nhan", AwardLevel.ProvincialCertificate, NomineeKind.Individual)]
    [InlineData("BANG KHEN", "Tập", AwardLevel.ProvincialCertificate, NomineeKind.Collective)]
    [InlineData("giam doc so", "CÁ NHÂN", AwardLevel.DirectorCertificate, NomineeKind.Individual)]
    public async Task TypedPrefixOrKeyword_PicksTheChoice(string award, string kind, AwardLevel expectedAward, NomineeKind expectedKind)
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.Says("/decu");

        var kindQuestion = await staff.Says(award);
        Assert.Contains("tập thể hay cá nhân", kindQuestion.Text);
        var next = await staff.Says(kind);

        Assert.Equal(expectedKind == NomineeKind.Collective ? "CollectiveName" : "FullName", staff.Session!.State);
        Assert.DoesNotContain("Xin đồng chí chọn một", next.Text);
        var draft = System.Text.Json.JsonSerializer.Deserialize<Core.Nominations.Wizard.NominationDraft>(staff.Session.Get("details")!)!;
        Assert.Equal(expectedAward, draft.Award);
        Assert.Equal(expectedKind, draft.Kind);
    }

    [Fact]
    public async Task TypedWordOfSeveralChoices_ListsTheCandidatesAndStays()
    {
        var staff = await _bot.StaffAsync("ha");
        await staff.Says("/decu");

        var reply = await staff.Says("khen");

        Assert.Contains("Câu trả lời «khen» ứng với nhiều lựa chọn:\n1. Giấy khen của Giám đốc Sở\n2. Bằng khen của Chủ tịch UBND tỉnh", reply.Text);
        Assert.Contains("chọn hình thức khen thưởng", reply.Last.Text);
        Assert.Equal("Award", staff.Session!.State);

        await staff.Says("2");
        Assert.Equal("Kind", staff.Session!.State);
    }

    [Fact]
    public async Task TypedMovementKeyword_PicksThatMovement()
    {
        var staff = await _bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Movement");

        await staff.Says("chuyen doi so");

        Assert.Equal("Summary", staff.Session!.State);
    }

    [Fact]
    public async Task ShortFreeText_IsNotTakenForAChoice()
    {
        var staff = await _bot.StaffAsync("ha");
        await WizardSteps.WalkToAsync(staff, "Position");

        await staff.Says("Hu");

        Assert.NotNull(staff.Session!.Flow);
    }
}
