using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Telegram;

/// <summary>An office admin who has not opened the bot yet must not stop it from working (found by a reviewer).</summary>
public sealed class AdminNeverStartedTests : IAsyncLifetime
{
    private readonly FakeTelegramServer _fake = new();
    private readonly TempDatabase _database = new("hy-admin");

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _fake.NeverStarted(RunningBot.AdminChat);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task AdminWhoNeverOpenedTheBot_BotStillPollsAndNoticesToThemAreMarkedUnreachable()
    {
        await using var bot = await RunningBot.StartAsync(_fake, _database.Path);
        var user = new TelegramChat(_fake, 8001, "Lý Thị Nga");
        await user.ConsentsAsync();
        await user.Presses("✉️ Gửi ý kiến tới Văn phòng Sở", "Xin đồng chí nhập nội dung");
        await user.Says("Đề nghị gửi lại Giấy mời cho đơn vị", "Đồng chí xác nhận gửi?");
        await user.Presses("📨 Gửi", "Đã gửi ý kiến");

        await RunningBot.UntilAsync(() => bot.Store.Query<OutboxMessage>(m => m.ChatId == "900").FirstOrDefault() is { Status: OutboxStatus.Unreachable });

        Assert.Contains(bot.Logs.Lines, l => l.Contains("Could not set the admin command menu"));
    }
}
