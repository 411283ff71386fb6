using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Zalo;

/// <summary>The bot on Zalo, end to end through the fake Zalo Bot API: numbered choices, the 2,000-character limit, dedup.</summary>
public sealed class ZaloChannelTests
{
    private const string ContactOffice = "✉️ Gửi ý kiến tới Văn phòng Sở";

    [Fact]
    public async Task FirstContact_NoticeWithNumberedChoices_AgreeByTypingOne()
    {
        await using var bot = await ZaloBot.StartAsync();

        await bot.Zalo.SaysAsync("newcomer", "/start", "1. ✅ Đồng ý", "Mai Văn Tú");
        bot.Zalo.SendText("newcomer", "1");

        await bot.Zalo.WaitForTextAsync("newcomer", "Kính chào đồng chí Mai Văn Tú!");
    }

    [Fact]
    public async Task Start_WelcomesInVietnameseWithNumberedMenu()
    {
        await using var bot = await ZaloBot.StartAsync();

        bot.Zalo.SendText("u1", "/start", "Nguyễn Văn An");

        await bot.Zalo.WaitForTextAsync("u1", "Kính chào đồng chí Nguyễn Văn An!");
        var menu = await bot.Zalo.WaitForTextAsync("u1", "Xin đồng chí chọn việc cần làm:");
        Assert.Contains($"1. {ContactOffice}", menu.Text);
        Assert.Contains("gõ số thứ tự", menu.Text);
    }

    [Fact]
    public async Task ContactOffice_ByTypedNumbers_ReachesTheOfficeOnZalo()
    {
        await using var bot = await ZaloBot.StartAsync();
        var zalo = bot.Zalo;

        await zalo.SaysAsync("u1", "/start", "1. " + ContactOffice, "Trần Thị Bình");
        await zalo.SaysAsync("u1", "1", "Xin đồng chí nhập nội dung");
        var review = await zalo.SaysAsync("u1", "Đơn vị chưa nhận được mã đăng ký", "«Đơn vị chưa nhận được mã đăng ký»");
        Assert.Contains("1. 📨 Gửi\n2. ✏️ Viết lại\n3. ✖️ Hủy", review.Text);
        zalo.SendText("u1", "1");

        await zalo.WaitForTextAsync("u1", "Đã gửi ý kiến");
        var notice = await zalo.WaitForTextAsync(ZaloBot.OfficeId, "Ý kiến gửi Văn phòng Sở");
        Assert.Contains("Trần Thị Bình (zalo:u1)", notice.Text);
        Assert.Contains("Đơn vị chưa nhận được mã đăng ký", notice.Text);
    }

    [Fact]
    public async Task ContactOffice_ByTypedLabels_ReachesTheOffice()
    {
        await using var bot = await ZaloBot.StartAsync();
        var zalo = bot.Zalo;

        await zalo.SaysAsync("u2", "/start", "1. " + ContactOffice, "Lê Văn Cường");
        await zalo.SaysAsync("u2", "Gửi ý kiến tới Văn phòng Sở", "Xin đồng chí nhập nội dung");
        await zalo.SaysAsync("u2", "Xin hỏi hạn gửi hồ sơ khen thưởng", "«Xin hỏi hạn gửi hồ sơ khen thưởng»");
        zalo.SendText("u2", "gui");

        await zalo.WaitForTextAsync("u2", "Đã gửi ý kiến");
        var notice = await zalo.WaitForTextAsync(ZaloBot.OfficeId, "Xin hỏi hạn gửi hồ sơ khen thưởng");
        Assert.Contains("Lê Văn Cường (zalo:u2)", notice.Text);
    }

    [Fact]
    public async Task LongText_IsSplitIntoPartsOfAtMost2000Characters()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Báo cáo tổng hợp các phong trào thi đua năm 2026. ", 20)); // ~1,000 characters
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph.Trim(), 5)) + "\nHẾT";
        await using var bot = await ZaloBot.StartAsync(services: s => s.AddSingleton<IBotCommand>(new SayCommand(text)));

        bot.Zalo.SendText("u3", "/say");

        await bot.Zalo.WaitForTextAsync("u3", "HẾT");
        var parts = bot.Zalo.Sent.Where(m => m.ChatId == "u3").Select(m => m.Text!).ToList();
        Assert.True(parts.Count >= 3, $"expected at least 3 parts, got {parts.Count}");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Equal(ChoiceMatcher.Fold(text), ChoiceMatcher.Fold(string.Join(" ", parts)));
    }

    [Fact]
    public async Task RedeliveredMessageId_IsAppliedOnce()
    {
        await using var bot = await ZaloBot.StartAsync();

        bot.Zalo.SendText("u4", "/id", messageId: "m-dup");
        bot.Zalo.SendText("u4", "/id", messageId: "m-dup");
        bot.Zalo.SendText("u4", "/help", messageId: "m-next");

        await bot.Zalo.WaitForTextAsync("u4", "Hướng dẫn sử dụng");
        Assert.Single(bot.Zalo.Sent, m => m.ChatId == "u4" && m.Text!.Contains("zalo:u4", StringComparison.Ordinal));
        Assert.True(bot.Services.GetRequiredService<IRecordStore>().WasProcessed("zalo:m-dup"));
    }

    [Fact]
    public async Task Sticker_GetsPoliteTextOnlyAnswer()
    {
        await using var bot = await ZaloBot.StartAsync();

        bot.Zalo.SendEvent("message.sticker.received", "u5");

        await bot.Zalo.WaitForTextAsync("u5", "Xin lỗi, tôi chỉ nhận tin nhắn chữ");
    }

    [Fact]
    public async Task Logs_NeverContainTheToken()
    {
        await using var bot = await ZaloBot.StartAsync();
        bot.Zalo.FailNextSends(500, "Internal Server Error", count: 1);

        bot.Zalo.SendText("u6", "/id");
        await bot.Zalo.WaitForTextAsync("u6", "zalo:u6", TimeSpan.FromSeconds(20));

        var secret = bot.Zalo.Token.Split(':')[1];
        Assert.NotEmpty(bot.Logs.Lines);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("failed", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forbidden_ThreeTimesInARow_MarksRecipientUnreachable()
    {
        await using var bot = await ZaloBot.StartAsync();
        bot.Zalo.FailNextSends(403, "Forbidden: the user has blocked the bot", count: 3);

        bot.Zalo.SendText("u7", "/id");
        var store = bot.Services.GetRequiredService<IRecordStore>();
        await Waiting.UntilAsync(() => store.Find<Core.Outbound.Reachability>("zalo:u7") is { Unreachable: true });

        Assert.DoesNotContain(bot.Zalo.Sent, m => m.ChatId == "u7");
    }

    [Fact]
    public async Task EmptyPolls_AreNotFailures()
    {
        await using var bot = await ZaloBot.StartAsync(new Dictionary<string, string?> { ["Zalo:PollingTimeoutSeconds"] = "1" });

        await Waiting.UntilAsync(() => bot.Zalo.GetUpdatesCalls >= 3); // two answered "Request timeout"
        await bot.AsksIdAndIsAnsweredAsync("u9");
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("Polling Zalo failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RateLimited_PausesAndThenDelivers()
    {
        await using var bot = await ZaloBot.GivenSendsRefusedAsync(429, "Too Many Requests", count: 1);

        await bot.AsksIdAndIsAnsweredAsync("u8");
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Channel zalo asked to wait", StringComparison.Ordinal));
    }

    internal static Task WaitUntilAsync(Func<bool> condition) => Waiting.UntilAsync(condition);

    private sealed class SayCommand(string text) : IBotCommand
    {
        public CommandCard Card { get; } = new("say", "Nói một văn bản dài", "Says a long text");

        public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
        {
            turn.Say(text);
            return Task.CompletedTask;
        }
    }
}
