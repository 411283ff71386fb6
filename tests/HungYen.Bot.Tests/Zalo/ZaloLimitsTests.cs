using System.Net.Http.Json;
using System.Text.Json;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing.FakeZalo;
using HungYen.Bot.Tests.Support;
using HungYen.Bot.Zalo;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Zalo;

/// <summary>
/// The Zalo Bot channel honest about the real platform (issue 16): the free plan's monthly caps, empty polls by error
/// code, HTML and quota 429s, an uncertain 403, and the fake that loses messages while nothing polls.
/// </summary>
public sealed class ZaloLimitsTests
{
    [Fact]
    public async Task MessageCap_At80Percent_TheOfficeIsWarnedOnce()
    {
        await using var bot = await ZaloBot.StartAsync(new Dictionary<string, string?> { ["Zalo:MonthlyMessageCap"] = "10" });

        for (var i = 0; i < 4; i++)
        {
            var before = bot.Zalo.Sent.Count(s => s.ChatId == "u1");
            bot.Zalo.SendText("u1", "/id");
            await Waiting.UntilAsync(() => bot.Zalo.Sent.Count(s => s.ChatId == "u1") > before);
        }

        var warning = await bot.Zalo.WaitForTextAsync(ZaloBot.OfficeId, "tin nhắn (tính cả tin gửi đến và tin bot trả lời)");
        Assert.Contains("/10", warning.Text);
        Assert.Single(bot.Zalo.Sent, m => m.Text?.Contains("tin nhắn (tính cả", StringComparison.Ordinal) == true);
        var usage = bot.Services.GetRequiredService<ZaloUsage>().Current();
        Assert.True(usage.Messages >= 8, $"counted {usage.Messages}");
        Assert.True(usage.MessagesWarned);
    }

    [Fact]
    public async Task UserCap_At80Percent_TheOfficeIsWarned()
    {
        await using var bot = await ZaloBot.StartAsync(new Dictionary<string, string?> { ["Zalo:MonthlyUserCap"] = "5" });

        foreach (var user in new[] { "u1", "u2", "u3", "u4" })
        {
            await bot.Zalo.SaysAsync(user, "/id", $"zalo:{user}");
        }

        var warning = await bot.Zalo.WaitForTextAsync(ZaloBot.OfficeId, "người dùng (giới hạn của gói miễn phí)");
        Assert.Contains("4/5", warning.Text);
    }

    [Fact]
    public async Task At95Percent_BulkSendsStop_AnswersGoOn_AndTheOfficeIsTold()
    {
        await using var bot = await ZaloBot.StartAsync(new Dictionary<string, string?> { ["Zalo:MonthlyMessageCap"] = "20" });
        var store = bot.Services.GetRequiredService<IRecordStore>();
        var month = bot.Services.GetRequiredService<ZaloUsage>().Current();
        month.Messages = 19; // 95 % of 20
        var changes = new ChangeSet();
        changes.Upsert(month);
        changes.Send(new ChatAddress("zalo", "u2"), new OutgoingMessage("Nhắc việc: hạn nộp hồ sơ là 15/12/2026."), DateTimeOffset.UtcNow, bulk: true);
        store.Commit(changes);
        bot.Services.GetRequiredService<OutboxSignal>().Notify();

        await bot.Zalo.WaitForTextAsync(ZaloBot.OfficeId, "ngừng gửi nhắc việc và thông báo chung qua Zalo Bot");
        await Waiting.UntilAsync(() => store.Query<OutboxMessage>(m => m.Bulk).Any(m => m.Status == OutboxStatus.Failed));
        await bot.AsksIdAndIsAnsweredAsync("u2");

        Assert.DoesNotContain(bot.Zalo.Sent, m => m.Text?.Contains("Nhắc việc", StringComparison.Ordinal) == true);
        Assert.Null(store.Find<Reachability>("zalo:u2"));
    }

    [Fact]
    public async Task EmptyPoll_WithTheCodeAsAString_IsNotAFailure()
    {
        var zalo = await FakeZaloServer.StartAsync();
        zalo.DropWhenNotPolling = false; // the line is typed between two polls: what is shown here is the empty poll
        zalo.EmptyPollCodeAsString = true;
        await using var bot = await ZaloBot.StartAsync(new Dictionary<string, string?> { ["Zalo:PollingTimeoutSeconds"] = "1" }, zalo: zalo);

        await Waiting.UntilAsync(() => zalo.GetUpdatesCalls >= 3);
        await bot.AsksIdAndIsAnsweredAsync("u9");
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("Polling Zalo failed", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyPoll_IsKnownByItsCode_NotByTheWordTimeout()
    {
        Assert.True(new ZaloApiException(408, "Request timeout").IsEmptyPoll);
        Assert.True(new ZaloApiException(408, "anything").IsEmptyPoll);
        Assert.False(new ZaloApiException(504, "Gateway timeout").IsEmptyPoll);
    }

    [Fact]
    public async Task Html429_OnPolling_BacksOffWithACap_AlertsTheOffice_AndRecovers()
    {
        var zalo = await FakeZaloServer.StartAsync();
        zalo.DropWhenNotPolling = false; // typed while the bot backs off: what is shown here is the back-off and recovery
        await using var bot = await ZaloBot.StartAsync(new Dictionary<string, string?> { ["Zalo:MaxBackoffSeconds"] = "1" }, zalo: zalo);
        await Waiting.UntilAsync(() => zalo.IsPolling);
        zalo.AnswerHtml429(2);

        await bot.Zalo.WaitForTextAsync(ZaloBot.OfficeId, "Zalo liên tục từ chối tin nhắn của bot");
        await bot.AsksIdAndIsAnsweredAsync("u3");
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Polling Zalo failed", StringComparison.Ordinal) && l.Contains("429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quota429_OnSends_PausesDoublingUpToTheCap_ThenDelivers()
    {
        await using var bot = await ZaloBot.StartAsync(new Dictionary<string, string?> { ["Zalo:MaxBackoffSeconds"] = "8" });
        var channel = bot.Services.GetRequiredService<ZaloChannel>();

        var pauses = Enumerable.Range(0, 6).Select(_ => channel.NextBackoff().TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 8, 8], pauses);
        await bot.Zalo.WaitForTextAsync(ZaloBot.OfficeId, "mỗi lần tối đa 8 giây");
        Assert.Single(bot.Zalo.Sent, m => m.Text?.Contains("Zalo liên tục từ chối", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Quota429_ThenRecovery_TheMessageArrives()
    {
        await using var bot = await ZaloBot.GivenSendsRefusedAsync(429, "Quota exceeded", count: 2);

        await bot.AsksIdAndIsAnsweredAsync("u8");
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Channel zalo asked to wait 2 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forbidden_Once_IsRetried_AndThePersonStaysReachable()
    {
        await using var bot = await ZaloBot.GivenSendsRefusedAsync(403, "Internal server error", count: 1);

        await bot.AsksIdAndIsAnsweredAsync("u7");
        Assert.Null(bot.Services.GetRequiredService<IRecordStore>().Find<Reachability>("zalo:u7"));
    }

    [Fact]
    public async Task Fake_DropsWhatIsSentWhileNothingPolls_LikeTheRealPlatform()
    {
        var zalo = await FakeZaloServer.StartAsync(); // the default, as the real platform: nothing polls, the line is lost

        zalo.SendText("u5", "/id"); // the bot is down: lost
        Assert.Equal(1, zalo.Dropped);
        await using var bot = await ZaloBot.StartAsync(zalo: zalo);
        await Waiting.UntilAsync(() => zalo.IsPolling);
        zalo.SendText("u5", "/help");

        await zalo.WaitForTextAsync("u5", "Hướng dẫn sử dụng");
        Assert.DoesNotContain(zalo.Sent, m => m.Text?.Contains("zalo:u5", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Fake_EnforcesTheMonthlyCaps_BothDirections()
    {
        await using var zalo = await FakeZaloServer.StartAsync();
        zalo.DropWhenNotPolling = false; // no bot here: only the caps decide what is lost
        zalo.MonthlyMessageCap = 2;
        zalo.MonthlyUserCap = 1;
        using var http = new HttpClient();
        var url = $"{zalo.BaseUrl}/bot{zalo.Token}/sendMessage";

        zalo.SendText("u1", "Xin chào"); // 1 of 2
        zalo.SendText("u2", "Xin chào"); // a second user: over the user cap, lost
        var first = await http.PostAsJsonAsync(url, new { chat_id = "u1", text = "Chào đồng chí" }); // 2 of 2
        var second = await http.PostAsJsonAsync(url, new { chat_id = "u1", text = "Chào đồng chí" });

        Assert.True(first.IsSuccessStatusCode);
        Assert.Equal(429, (int)second.StatusCode);
        var body = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Quota exceeded", body.GetProperty("description").GetString());
        Assert.Equal(1, zalo.Dropped);
        Assert.Equal(2, zalo.MessagesThisMonth);
    }

    [Fact]
    public async Task WrongChoice_OnTheZaloBot_TheHintSaysTypeTheNumber_NotPressAButton()
    {
        await using var bot = await ZaloBot.StartAsync();

        await bot.Zalo.SaysAsync("u4", "/start", "Xin đồng chí chọn việc cần làm:");
        await bot.Zalo.SaysAsync("u4", "1", "Xin đồng chí nhập nội dung");
        await bot.Zalo.SaysAsync("u4", "Đơn vị chưa nhận được mã", "«Đơn vị chưa nhận được mã»");
        bot.Zalo.SendText("u4", "9");

        await bot.Zalo.WaitForTextAsync("u4", Core.Texts.Vi.Reach.ChooseByTyping);
        Assert.DoesNotContain(bot.Zalo.Sent, m => m.Text?.Contains("bấm nút", StringComparison.Ordinal) == true);
    }
}
