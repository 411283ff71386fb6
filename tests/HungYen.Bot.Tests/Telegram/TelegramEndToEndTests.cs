using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using WireMessage = HungYen.Bot.Testing.FakeTelegram.WireMessage;

namespace HungYen.Bot.Tests.Telegram;

/// <summary>The real host through Telegram.Bot over HTTP against the fake Bot API: what Telegram users would see.</summary>
public sealed class TelegramEndToEndTests() : RealHostTest("hy-e2e")
{
    [Fact]
    public async Task ContactOffice_ThroughTheBotApi_VietnameseRepliesButtonsEditsAndTheOfficeNotified()
    {
        var user = new TelegramChat(Fake, 5001, "Đỗ Thị Mai");

        var notice = await user.Says("/start", "Thông báo về xử lý dữ liệu cá nhân");
        Assert.Equal(["✅ Đồng ý", "Không đồng ý"], notice.InlineButtons.Select(b => b.Text));
        await user.Presses("✅ Đồng ý", "Xin đồng chí chọn việc cần làm"); // the turn's last message: thanks, welcome, menu
        Assert.Contains(user.Inbox, m => m.Text.Contains("Kính chào đồng chí Đỗ Thị Mai"));
        await user.Presses("✉️ Gửi ý kiến tới Văn phòng Sở", "Xin đồng chí nhập nội dung");
        await user.Says("Đơn vị đề nghị gia hạn nộp hồ sơ thêm 3 ngày", "Đồng chí xác nhận gửi?");
        await user.Presses("📨 Gửi", "Đã gửi ý kiến");

        var office = await Fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat, RunningBot.Wait);
        Assert.Contains("Đơn vị đề nghị gia hạn nộp hồ sơ thêm 3 ngày", office.Text);
        Assert.Contains("Đỗ Thị Mai (telegram:5001)", office.Text);
        Assert.Contains(Fake.Edits, e => e.ChatId == 5001 && e.Text!.Contains("➜ 📨 Gửi"));
        // Every press is answered (the answer goes out right after the turn commits, beside the reply).
        await RunningBot.UntilAsync(() => Fake.CallbackAnswers.Count >= 3);
        Assert.Equal(3, Fake.CallbackAnswers.Count);
        Assert.Empty(Fake.CallbackDataViolations);
    }

    [Fact]
    public async Task Start_SetsCommandsInVietnameseEnglishAndForAdminsAndKeepsPendingUpdates()
    {
        var user = new TelegramChat(Fake, 5002);
        await user.Says("/id", "Thông báo về xử lý dữ liệu cá nhân");

        // set beside the first getUpdates, not before it
        await RunningBot.UntilAsync(() => Fake.CommandsCalls.Any(c => c.ScopeChatId == RunningBot.AdminChat));
        var calls = Fake.CommandsCalls.ToList();
        var vietnamese = Assert.Single(calls, c => c.LanguageCode is null && c.ScopeType is null);
        Assert.Contains(vietnamese.Commands, c => c.Command == "start" && c.Description == "Bắt đầu, xem các việc có thể làm");
        Assert.Contains(vietnamese.Commands, c => c.Command == "dulieu");
        Assert.DoesNotContain(vietnamese.Commands, c => c.Command == "lich");
        var english = Assert.Single(calls, c => c.LanguageCode == "en");
        Assert.Contains(english.Commands, c => c.Command == "help" && c.Description == "Help");
        var admin = Assert.Single(calls, c => c.ScopeType == "chat" && c.ScopeChatId == RunningBot.AdminChat);
        Assert.Contains(admin.Commands, c => c.Command == "lich");
        Assert.All(Fake.DeleteWebhookCalls, drop => Assert.NotEqual(true, drop));
        Assert.NotEmpty(Fake.DeleteWebhookCalls);
    }

    [Fact]
    public async Task TooManyRequests_TheReplyWaitsRetryAfterAndArrivesOnce()
    {
        var user = new TelegramChat(Fake, 5003);
        Fake.FailNextWith429(1, 1, "sendMessage");

        await user.Says("/start", "Thông báo về xử lý dữ liệu cá nhân");

        Assert.Equal(1, Fake.Count429);
        Assert.Single(user.Inbox, m => m.Text.Contains("Thông báo về xử lý dữ liệu cá nhân"));
    }

    [Fact]
    public async Task Forbidden_RecipientMarkedUnreachableWithoutRetrying()
    {
        Fake.Block(5004);
        var before = Fake.RequestCount("sendMessage");
        Fake.UserSays(5004, "/start");
        var helper = new TelegramChat(Fake, 5005);
        await helper.Says("/start", "Thông báo"); // a later update, so the blocked one is surely done

        await RunningBot.UntilAsync(() => Bot.Store.Find<Reachability>("telegram:5004") is { Unreachable: true });
        var message = Bot.Store.Query<OutboxMessage>(m => m.ChatId == "5004").Single();
        Assert.Equal(OutboxStatus.Unreachable, message.Status);
        Assert.Equal(2, Fake.RequestCount("sendMessage") - before); // one refused for 5004, one delivered to 5005
    }

    [Fact]
    public async Task Conflict_IsReportedClearlyAndPollingResumesAfterwards()
    {
        Fake.ConflictOnGetUpdates(true);
        await RunningBot.UntilAsync(() => Bot.Logs.Lines.Any(l => l.Contains("409") && l.Contains("another instance")));
        Fake.ConflictOnGetUpdates(false);

        var user = new TelegramChat(Fake, 5006);
        await user.Says("/start", "Thông báo");
    }

    [Fact]
    public async Task Logs_AfterErrorsOfEveryKind_NeverContainTheToken()
    {
        Fake.FailNextWith429(1, 1);
        Fake.Block(5008);
        Fake.UserSays(5008, "/start");
        Fake.ConflictOnGetUpdates(true);
        await RunningBot.UntilAsync(() => Bot.Logs.Lines.Any(l => l.Contains("409")));
        Fake.ConflictOnGetUpdates(false);
        await new TelegramChat(Fake, 5007).Says("/start", "Thông báo");

        Assert.NotEmpty(Bot.Logs.Lines);
        Assert.DoesNotContain(Bot.Logs.Lines, l => l.Contains(Fake.Token, StringComparison.Ordinal) || l.Contains("TEST-SECRET", StringComparison.Ordinal));
    }

}
