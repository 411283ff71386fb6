using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Telegram;

/// <summary>
/// How the Telegram channel starts (issue 20, cold start): getMe and deleteWebhook begin while the store opens, the first
/// getUpdates goes out right after them, and the command menus are set beside it, retried until Telegram takes them.
/// </summary>
public sealed class StartOrderTests() : RealHostTest("hy-start")
{
    protected override bool StartsHost => false;

    [Fact]
    public async Task Start_WebhookDeletedBeforeTheFirstPoll_MenusSetBesideIt()
    {
        await using var bot = await StartHostAsync();
        await RunningBot.UntilAsync(() => Fake.CommandsCalls.Any(c => c.ScopeChatId == RunningBot.AdminChat));

        var methods = Fake.RequestPaths.Select(p => p.Split('/')[^1]).ToList();
        var firstPoll = methods.IndexOf("getUpdates");
        Assert.True(firstPoll > methods.IndexOf("deleteWebhook"), string.Join(", ", methods));
        Assert.True(methods.IndexOf("getMe") < methods.IndexOf("deleteWebhook"), string.Join(", ", methods));
        Assert.Single(Fake.DeleteWebhookCalls); // connected once: the early connection was taken by the poller
        Assert.Single(Fake.CommandsCalls, c => c.LanguageCode is null && c.ScopeType is null);
        Assert.Single(Fake.CommandsCalls, c => c.LanguageCode == "en");
    }

    [Fact]
    public async Task MenusRefused_PollingServesMeanwhile_TheMenusAreSetOnARetryAndTheFailureLogged()
    {
        Fake.FailNext("setMyCommands", 2);
        await using var bot = await StartHostAsync();

        var user = new TelegramChat(Fake, 6101, "Nguyễn Văn Bình");
        await user.Says("/id", "Thông báo về xử lý dữ liệu cá nhân");

        await RunningBot.UntilAsync(() => Fake.CommandsCalls.Any(c => c.ScopeChatId == RunningBot.AdminChat));
        Assert.Single(Fake.CommandsCalls, c => c.LanguageCode is null && c.ScopeType is null);
        Assert.Single(Fake.CommandsCalls, c => c.LanguageCode == "en");
        Assert.Equal(2, bot.Logs.Lines.Count(l => l.Contains("Setting the command menus failed")));
    }

    [Fact]
    public async Task EarlyConnectionFails_ThePollerConnectsItselfAndServes()
    {
        Fake.FailNext("getMe", 1);
        await using var bot = await StartHostAsync();

        var user = new TelegramChat(Fake, 6102, "Trần Thị Hoa");
        await user.Says("/id", "Thông báo về xử lý dữ liệu cá nhân");

        Assert.Equal(2, Fake.RequestCount("getMe")); // the early attempt, refused; then the poller's own
        Assert.Single(Fake.DeleteWebhookCalls);
    }
}
