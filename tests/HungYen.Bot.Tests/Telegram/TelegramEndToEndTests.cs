using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using WireMessage = HungYen.Bot.Testing.FakeTelegram.WireMessage;

namespace HungYen.Bot.Tests.Telegram;

/// <summary>The real host through Telegram.Bot over HTTP against the fake Bot API: what Telegram users would see.</summary>
public sealed class TelegramEndToEndTests : IAsyncLifetime
{
    private readonly FakeTelegramServer _fake = new();
    private readonly TempDatabase _database = new("hy-e2e");
    private RunningBot? _bot;

    private RunningBot Bot => _bot!;

    public async Task InitializeAsync()
    {
        await _fake.StartAsync();
        _bot = await RunningBot.StartAsync(_fake, _database.Path);
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await _fake.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task ContactOffice_ThroughTheBotApi_VietnameseRepliesButtonsEditsAndTheOfficeNotified()
    {
        var user = new TelegramChat(_fake, 5001, "Đỗ Thị Mai");

        var notice = await user.Says("/start", "Thông báo về xử lý dữ liệu cá nhân");
        Assert.Equal(["✅ Đồng ý", "Không đồng ý"], notice.InlineButtons.Select(b => b.Text));
        await user.Presses("✅ Đồng ý", "Xin đồng chí chọn việc cần làm"); // the turn's last message: thanks, welcome, menu
        Assert.Contains(user.Inbox, m => m.Text.Contains("Kính chào đồng chí Đỗ Thị Mai"));
        await user.Presses("✉️ Gửi ý kiến tới Văn phòng Sở", "Xin đồng chí nhập nội dung");
        await user.Says("Đơn vị đề nghị gia hạn nộp hồ sơ thêm 3 ngày", "Đồng chí xác nhận gửi?");
        await user.Presses("📨 Gửi", "Đã gửi ý kiến");

        var office = await _fake.WaitForMessageAsync(m => m.ChatId == RunningBot.AdminChat, RunningBot.Wait);
        Assert.Contains("Đơn vị đề nghị gia hạn nộp hồ sơ thêm 3 ngày", office.Text);
        Assert.Contains("Đỗ Thị Mai (telegram:5001)", office.Text);
        Assert.Contains(_fake.Edits, e => e.ChatId == 5001 && e.Text!.Contains("➜ 📨 Gửi"));
        // Every press is answered (the answer goes out right after the turn commits, beside the reply).
        await RunningBot.UntilAsync(() => _fake.CallbackAnswers.Count >= 3);
        Assert.Equal(3, _fake.CallbackAnswers.Count);
        Assert.Empty(_fake.CallbackDataViolations);
    }

    [Fact]
    public async Task Start_SetsCommandsInVietnameseEnglishAndForAdminsAndKeepsPendingUpdates()
    {
        var user = new TelegramChat(_fake, 5002);
        await user.Says("/id", "Thông báo về xử lý dữ liệu cá nhân");

        var calls = _fake.CommandsCalls.ToList();
        var vietnamese = Assert.Single(calls, c => c.LanguageCode is null && c.ScopeType is null);
        Assert.Contains(vietnamese.Commands, c => c.Command == "start" && c.Description == "Bắt đầu, xem các việc có thể làm");
        Assert.Contains(vietnamese.Commands, c => c.Command == "dulieu");
        Assert.DoesNotContain(vietnamese.Commands, c => c.Command == "lich");
        var english = Assert.Single(calls, c => c.LanguageCode == "en");
        Assert.Contains(english.Commands, c => c.Command == "help" && c.Description == "Help");
        var admin = Assert.Single(calls, c => c.ScopeType == "chat" && c.ScopeChatId == RunningBot.AdminChat);
        Assert.Contains(admin.Commands, c => c.Command == "lich");
        Assert.All(_fake.DeleteWebhookCalls, drop => Assert.NotEqual(true, drop));
        Assert.NotEmpty(_fake.DeleteWebhookCalls);
    }

    [Fact]
    public async Task TooManyRequests_TheReplyWaitsRetryAfterAndArrivesOnce()
    {
        var user = new TelegramChat(_fake, 5003);
        _fake.FailNextWith429(1, 1, "sendMessage");

        await user.Says("/start", "Thông báo về xử lý dữ liệu cá nhân");

        Assert.Equal(1, _fake.Count429);
        Assert.Single(user.Inbox, m => m.Text.Contains("Thông báo về xử lý dữ liệu cá nhân"));
    }

    [Fact]
    public async Task Forbidden_RecipientMarkedUnreachableWithoutRetrying()
    {
        _fake.Block(5004);
        var before = _fake.RequestCount("sendMessage");
        _fake.UserSays(5004, "/start");
        var helper = new TelegramChat(_fake, 5005);
        await helper.Says("/start", "Thông báo"); // a later update, so the blocked one is surely done

        await RunningBot.UntilAsync(() => Bot.Store.Find<Reachability>("telegram:5004") is { Unreachable: true });
        var message = Bot.Store.Query<OutboxMessage>(m => m.ChatId == "5004").Single();
        Assert.Equal(OutboxStatus.Unreachable, message.Status);
        Assert.Equal(2, _fake.RequestCount("sendMessage") - before); // one refused for 5004, one delivered to 5005
    }

    [Fact]
    public async Task Conflict_IsReportedClearlyAndPollingResumesAfterwards()
    {
        _fake.ConflictOnGetUpdates(true);
        await RunningBot.UntilAsync(() => Bot.Logs.Lines.Any(l => l.Contains("409") && l.Contains("another instance")));
        _fake.ConflictOnGetUpdates(false);

        var user = new TelegramChat(_fake, 5006);
        await user.Says("/start", "Thông báo");
    }

    [Fact]
    public async Task Logs_AfterErrorsOfEveryKind_NeverContainTheToken()
    {
        _fake.FailNextWith429(1, 1);
        _fake.Block(5008);
        _fake.UserSays(5008, "/start");
        _fake.ConflictOnGetUpdates(true);
        await RunningBot.UntilAsync(() => Bot.Logs.Lines.Any(l => l.Contains("409")));
        _fake.ConflictOnGetUpdates(false);
        await new TelegramChat(_fake, 5007).Says("/start", "Thông báo");

        Assert.NotEmpty(Bot.Logs.Lines);
        Assert.DoesNotContain(Bot.Logs.Lines, l => l.Contains(_fake.Token, StringComparison.Ordinal) || l.Contains("TEST-SECRET", StringComparison.Ordinal));
    }

}
