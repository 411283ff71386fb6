using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Summary;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeZaloOa;
using HungYen.Bot.Tests.Zalo;
using HungYen.Bot.ZaloOa;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HungYen.Bot.Tests.ZaloOa;

/// <summary>The OA's consultation window (issue 16): tracked per person; outside it nothing vanishes silently.</summary>
public sealed class ZaloOaWindowTests
{
    [Fact]
    public async Task Window_IsFreeFor48Hours_AllowedFor7Days_ThenClosed()
    {
        await using var bot = await OaBot.GivenStartedAsync();
        var oa = bot.Oa;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        var window = new ZaloOaWindow(bot.Services.GetRequiredService<IRecordStore>(), clock);

        Assert.Equal(ZaloOaWindowState.Unknown, window.StateOf("u9"));
        window.Touch("u9");
        clock.Advance(TimeSpan.FromHours(47));
        Assert.Equal(ZaloOaWindowState.Free, window.StateOf("u9"));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(ZaloOaWindowState.Billed, window.StateOf("u9"));
        clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(ZaloOaWindowState.Closed, window.StateOf("u9"));
    }

    [Fact]
    public async Task PersonsMessage_OpensTheWindow()
    {
        await using var bot = await OaBot.GivenStartedAsync();
        var oa = bot.Oa;

        Assert.Equal(200, await oa.SendTextAsync("u1", "/id"));
        await oa.WaitForTextAsync("u1", "zalooa:u1");

        Assert.Equal(ZaloOaWindowState.Free, bot.Services.GetRequiredService<ZaloOaWindow>().StateOf("u1"));
    }

    [Fact]
    public async Task OutsideTheWindow_TheNoticeIsNotSent_AndTheSummaryListsWhoOnWhichChannelAndWhy()
    {
        await using var bot = await OaBot.GivenStartedAsync();
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        var changes = new ChangeSet();
        changes.Upsert(new ZaloOaInteraction { Id = ZaloOaInteraction.Prefix + "u2", LastAt = DateTimeOffset.UtcNow - TimeSpan.FromDays(8) });
        changes.Send(new ChatAddress(ZaloOaChannel.ChannelName, "u2"), new OutgoingMessage("Nhắc việc: hạn nộp hồ sơ là 15/12/2026."), DateTimeOffset.UtcNow, bulk: true);
        store.Commit(changes);
        bot.Services.GetRequiredService<OutboxSignal>().Notify();

        await ZaloChannelTests.WaitUntilAsync(() => store.Find<Reachability>("zalooa:u2") is { Unreachable: true });

        Assert.Equal((ReachProblem.OutsideReplyWindow, null), (store.Find<Reachability>("zalooa:u2")!.Problem, store.Find<Reachability>("zalooa:u2")!.OfficeReason));
        Assert.DoesNotContain(oa.Sent, m => m.UserId == "u2");
        var summary = bot.Services.GetServices<ISummarySection>().OfType<CoreSummarySection>().Single().Write(null, DateTimeOffset.UtcNow)!;
        Assert.Contains("người dùng Zalo OA chưa đăng ký — Zalo OA: quá 7 ngày chưa nhắn tin với Zalo OA", summary.Text);
        Assert.DoesNotContain("zalooa:u2", summary.Text);
        Assert.DoesNotContain("chưa đăng ký — Zalo OA", summary.SharedText ?? "");
    }

    [Fact]
    public async Task FakeOa_Answers230_WhenTheBotDoesNotKnowTheLastInteraction()
    {
        await using var bot = await OaBot.GivenStartedAsync();
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        var changes = new ChangeSet();
        changes.Send(new ChatAddress(ZaloOaChannel.ChannelName, "u7"), new OutgoingMessage("Thông báo: lịch họp Hội đồng."), DateTimeOffset.UtcNow, bulk: true);
        store.Commit(changes);
        bot.Services.GetRequiredService<OutboxSignal>().Notify();

        await ZaloChannelTests.WaitUntilAsync(() => store.Find<Reachability>("zalooa:u7") is { Unreachable: true });
        Assert.Equal(Vi.Reach.OutsideOaWindow, store.Find<Reachability>("zalooa:u7")!.OfficeSentence);
    }

    [Fact]
    public async Task MessagesWrittenWhileTheBotWasDown_AreCaughtUpAtStart_Once()
    {
        await using var oa = await FakeZaloOaServer.StartAsync();
        using var db = new TempDatabase("hy-oa");
        await using (var first = await OaBot.StartAsync(oa, db.Path))
        {
            Assert.Equal(200, await oa.SendTextAsync("u1", "/id"));
            await oa.WaitForTextAsync("u1", "zalooa:u1");
        }

        oa.WriteWhileBotIsDown("u2", "/id");
        await using var bot = await OaBot.StartAsync(oa, db.Path);

        await oa.WaitForTextAsync("u2", "zalooa:u2");
        var catchUp = bot.Services.GetRequiredService<ZaloOaCatchUp>();
        Assert.Equal(2, await catchUp.CatchUpAsync(CancellationToken.None)); // both seen again, neither applied twice
        await oa.SendTextAsync("u1", "/help");
        await oa.WaitForTextAsync("u1", "Hướng dẫn sử dụng");
        Assert.Single(oa.Sent, m => m.UserId == "u1" && m.Text?.Contains("zalooa:u1", StringComparison.Ordinal) == true);
        Assert.Single(oa.Sent, m => m.UserId == "u2" && m.Text?.Contains("zalooa:u2", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task BilledMessagesOff_After48Hours_NothingIsSent_AndTheReasonIsListed()
    {
        await using var bot = await OaBot.GivenStartedAsync(new Dictionary<string, string?> { ["ZaloOa:AllowBilledMessages"] = "false" });
        var oa = bot.Oa;
        oa.MarkInteracted("u2");
        var store = bot.Services.GetRequiredService<IRecordStore>();
        var changes = new ChangeSet();
        changes.Upsert(new ZaloOaInteraction { Id = ZaloOaInteraction.Prefix + "u2", LastAt = DateTimeOffset.UtcNow - TimeSpan.FromHours(50) });
        changes.Send(new ChatAddress(ZaloOaChannel.ChannelName, "u2"), new OutgoingMessage("Nhắc việc: hạn nộp hồ sơ là 15/12/2026."), DateTimeOffset.UtcNow, bulk: true);
        store.Commit(changes);
        bot.Services.GetRequiredService<OutboxSignal>().Notify();

        await ZaloChannelTests.WaitUntilAsync(() => store.Find<Reachability>("zalooa:u2") is { Unreachable: true });
        Assert.Equal(Vi.Reach.PastFreeOaWindow, store.Find<Reachability>("zalooa:u2")!.OfficeSentence);
        Assert.DoesNotContain(oa.Sent, m => m.UserId == "u2");
    }
}
