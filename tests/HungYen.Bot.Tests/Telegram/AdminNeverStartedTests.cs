using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;

namespace HungYen.Bot.Tests.Telegram;

/// <summary>An office admin who has not opened the bot yet must not stop it from working (found by a reviewer).</summary>
public sealed class AdminNeverStartedTests : RealHostTest
{
    public AdminNeverStartedTests()
        : base("hy-admin") => Fake.NeverStarted(RunningBot.AdminChat);

    [Fact]
    public async Task AdminWhoNeverOpenedTheBot_BotStillPollsAndNoticesToThemAreMarkedUnreachable()
    {
        var user = new TelegramChat(Fake, 8001, "Lý Thị Nga");
        await user.ConsentsAsync();
        await user.Presses("✉️ Gửi ý kiến tới Văn phòng Sở", "Xin đồng chí nhập nội dung");
        await user.Says("Đề nghị gửi lại Giấy mời cho đơn vị", "Đồng chí xác nhận gửi?");
        await user.Presses("📨 Gửi", "Đã gửi ý kiến");

        await RunningBot.UntilAsync(() => Bot.Store.Query<OutboxMessage>(m => m.ChatId == "900").FirstOrDefault() is { Status: OutboxStatus.Unreachable });

        Assert.Contains(Bot.Logs.Lines, l => l.Contains("Could not set the admin command menu"));
    }
}
