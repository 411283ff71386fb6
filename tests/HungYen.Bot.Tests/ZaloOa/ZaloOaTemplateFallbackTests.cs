using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeZaloOa;
using HungYen.Bot.Tests.Zalo;
using HungYen.Bot.ZaloOa;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.ZaloOa;

/// <summary>
/// Issue 16 point 2: a reminder or notice to an OA follower outside the consultation window goes as the approved
/// template message where one is configured, else to the office's call list — never silently lost.
/// </summary>
public sealed class ZaloOaTemplateFallbackTests
{
    private const string Template = "tpl-thong-bao";

    [Fact]
    public async Task OutsideTheWindow_WithATemplate_TheNoticeGoesAsTheTemplate_AndNobodyIsMarkedUnreachable()
    {
        await using var bot = await OaBot.GivenStartedAsync(new Dictionary<string, string?> { ["ZaloOa:NoticeTemplateId"] = Template });
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        var changes = new ChangeSet();
        changes.Upsert(new ZaloOaInteraction { Id = ZaloOaInteraction.Prefix + "u2", LastAt = DateTimeOffset.UtcNow - TimeSpan.FromDays(8) });
        changes.Send(new ChatAddress(ZaloOaChannel.ChannelName, "u2"), new OutgoingMessage("Nhắc việc: hạn nộp hồ sơ là 15/12/2026."), DateTimeOffset.UtcNow, bulk: true);
        store.Commit(changes);
        bot.Services.GetRequiredService<OutboxSignal>().Notify();

        await ZaloChannelTests.WaitUntilAsync(() => oa.TemplatesSent.Any(t => t.UserId == "u2"));

        var sent = Assert.Single(oa.TemplatesSent);
        Assert.Equal((Template, "Nhắc việc: hạn nộp hồ sơ là 15/12/2026."), (sent.TemplateId, sent.Text));
        Assert.DoesNotContain(oa.Sent, m => m.UserId == "u2"); // no consultation message outside the window
        await ZaloChannelTests.WaitUntilAsync(() => store.Query<OutboxMessage>(m => m.ChatId == "u2").Single().Status == OutboxStatus.Sent);
        Assert.Null(store.Find<Reachability>("zalooa:u2"));
    }

    [Fact]
    public async Task OaAnswers230_WithATemplate_TheTemplateIsSentInstead()
    {
        await using var bot = await OaBot.GivenStartedAsync(new Dictionary<string, string?> { ["ZaloOa:NoticeTemplateId"] = Template, ["ZaloOa:NoticeTextMaxLength"] = "40" });
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        var changes = new ChangeSet();
        changes.Send(new ChatAddress(ZaloOaChannel.ChannelName, "u7"), new OutgoingMessage("Thông báo: lịch họp Hội đồng Thi đua - Khen thưởng Sở chuyển sang 14:00 ngày 16/12/2026."), DateTimeOffset.UtcNow, bulk: true);
        store.Commit(changes);
        bot.Services.GetRequiredService<OutboxSignal>().Notify();

        await ZaloChannelTests.WaitUntilAsync(() => oa.TemplatesSent.Any(t => t.UserId == "u7"));

        var text = Assert.Single(oa.TemplatesSent).Text!;
        Assert.True(text.Length <= 40, text);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
        Assert.Null(store.Find<Reachability>("zalooa:u7"));
    }

    [Fact]
    public async Task TemplateRefused_ThePersonGoesToTheCallList_WithBothReasons()
    {
        await using var bot = await OaBot.GivenStartedAsync(new Dictionary<string, string?> { ["ZaloOa:NoticeTemplateId"] = Template });
        var oa = bot.Oa;
        oa.RejectTemplate(Template);
        var store = bot.Services.GetRequiredService<IRecordStore>();
        var changes = new ChangeSet();
        changes.Upsert(new ZaloOaInteraction { Id = ZaloOaInteraction.Prefix + "u2", LastAt = DateTimeOffset.UtcNow - TimeSpan.FromDays(8) });
        changes.Send(new ChatAddress(ZaloOaChannel.ChannelName, "u2"), new OutgoingMessage("Nhắc việc: hạn nộp hồ sơ là 15/12/2026."), DateTimeOffset.UtcNow, bulk: true);
        store.Commit(changes);
        bot.Services.GetRequiredService<OutboxSignal>().Notify();

        await ZaloChannelTests.WaitUntilAsync(() => store.Find<Reachability>("zalooa:u2") is { Unreachable: true });

        var reach = store.Find<Reachability>("zalooa:u2")!;
        Assert.Equal((ReachProblem.OutsideReplyWindow, -131), (reach.Problem, reach.NoticeRefusedCode));
        Assert.Equal(Vi.Reach.TemplateRefused(Vi.Reach.OutsideOaWindow, -131), reach.OfficeSentence);
        Assert.Empty(oa.TemplatesSent);
        Assert.Equal(OutboxStatus.Unreachable, store.Query<OutboxMessage>(m => m.ChatId == "u2").Single().Status);
    }
}
