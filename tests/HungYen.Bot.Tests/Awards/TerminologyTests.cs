using HungYen.Bot.Tests.Nominations;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Awards;

public sealed class TerminologyTests : IDisposable
{
    private readonly ChatHarness _bot = NominationHarness.Create();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("/dexuat")]
    [InlineData("/decu")]
    public async Task UnitsĐềXuất_NewCommandAndTheOldAlias_StartTheWizard(string command)
    {
        var staff = await _bot.StaffAsync("ha");

        var reply = await staff.Says(command);

        Assert.Contains("Giấy khen của Giám đốc Sở", reply.Choices);
        Assert.DoesNotContain("đề cử", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Menu_SaysĐềXuất_NeverĐềCử()
    {
        var staff = await _bot.StaffAsync("ha");

        var menu = await staff.Says("/menu");

        Assert.Contains("🏅 Đề xuất khen thưởng", menu.Choices);
        Assert.DoesNotContain(menu.Choices, c => c.Contains("đề cử", StringComparison.OrdinalIgnoreCase));
    }
}
