using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeZaloOa;
using HungYen.Bot.Tests.Support;
using HungYen.Bot.Tests.Zalo;
using HungYen.Bot.ZaloOa;
using Microsoft.Extensions.DependencyInjection;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.ZaloOa;

/// <summary>The end-to-end flows on the Zalo OA channel, through the fake OA: signed webhooks in, the Open API out.</summary>
public sealed class ZaloOaFlowTests
{
    private static readonly Dictionary<string, string?> Web = TextChannelTwin.Conference();

    [Fact]
    public async Task Nomination_ByButtonsAndNumbers_IsSubmittedAndTheOfficeIsTold()
    {
        await using var bot = await OaBot.GivenStartedAsync(Web);
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        var code = store.Find<Unit>("QLKH")!.EnrolmentCode;
        oa.MarkInteracted(OaBot.OfficeId);

        await Step(oa, code, "1. ✅ Đồng ý");
        await Step(oa, "#c:1", "Đã ghi nhận đồng chí là cán bộ của Phòng Quản lý khoa học");
        var wizard = await Step(oa, "/decu", "1. Giấy khen của Giám đốc Sở");
        Assert.Contains("#c:1", wizard.Buttons);
        Assert.Contains(Vi.ZaloOa.PressOrType, wizard.Text);
        await Step(oa, "#c:1", "2. 👤 Cá nhân");
        await Step(oa, "#c:2", "Xin nhập họ và tên");
        await Step(oa, "nguyễn văn bình", "2. Nữ");
        await Step(oa, "1", "Năm sinh");
        await Step(oa, "1988", "Chức vụ");
        await Step(oa, "Chuyên viên", "Đơn vị công tác");
        await Step(oa, "Phòng Quản lý khoa học", "phong trào thi đua nào");
        await Step(oa, "#c:1", "tóm tắt thành tích");
        await Step(oa, "Chủ trì 01 nhiệm vụ khoa học cấp tỉnh và 02 sáng kiến được công nhận.", "1. ⏭ Bỏ qua");
        await Step(oa, "bỏ qua", "1. ✅ Dùng nội dung này");
        await Step(oa, "#c:1", "1. Cả 2 năm: Hoàn thành xuất sắc nhiệm vụ");
        await Step(oa, "#c:2", "1. Chưa có");
        await Step(oa, "1", "Số điện thoại");
        await Step(oa, "0912345678", "1. ✅ Tôi xác nhận");
        await Step(oa, "#c:1", "• Họ và tên: Nguyễn Văn Bình");
        await Step(oa, "1", "Đã gửi hồ sơ GK-CN-001");

        Assert.Equal("Nguyễn Văn Bình", store.Find<Nomination>("GK-CN-001")!.Name);
        Assert.Equal("2024:HTTNV;2025:HTTNV", store.Find<Nomination>("GK-CN-001")!.Ratings);
        await oa.WaitForTextAsync(OaBot.OfficeId, "Hồ sơ đề xuất mới GK-CN-001");
    }

    [Fact]
    public async Task Attendance_TypedInvitationCodeThenButtons_IsConfirmed()
    {
        await using var bot = await OaBot.GivenStartedAsync(Web);
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        TextChannelTwin.GivenAnInvitedDelegate(store);

        await Step(oa, "abcd 2345", "1. ✅ Đồng ý", "a1");
        await Step(oa, "1", "1. ✅ Tham dự", "a1");
        await Step(oa, "#c:1", "Số điện thoại: 0912345678", "a1");
        await Step(oa, "#c:1", "đã xác nhận tham dự", "a1");
        Assert.Equal(RsvpStatus.Attending, store.Find<Delegate>("d1")!.Status);
    }

    [Fact]
    public async Task Webhook_MissingOrWrongSignature_IsRefusedAndNothingIsProcessed()
    {
        await using var bot = await OaBot.GivenStartedAsync();
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        var e = FakeZaloOaServer.Event("user_send_text", new() { ["sender"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "u1" }, ["message"] = new System.Text.Json.Nodes.JsonObject { ["msg_id"] = "m-forged", ["text"] = "/start" } });
        var body = e.ToJsonString();
        var good = FakeZaloOaServer.Sign(body, e["timestamp"]!.ToString());

        Assert.Equal(401, await oa.PostRawAsync(body, null));
        Assert.Equal(403, await oa.PostRawAsync(body, "mac=" + new string('0', 64)));
        Assert.Equal(403, await oa.PostRawAsync(body.Replace("/start", "/help", StringComparison.Ordinal), good));
        Assert.False(store.WasProcessed("zalooa:m-forged"));
        Assert.Empty(oa.Sent);

        Assert.Equal(200, await oa.PostRawAsync(body, good));
        await RunningBot.UntilAsync(() => store.WasProcessed("zalooa:m-forged"));
    }

    [Fact]
    public async Task Webhook_SameMessageIdTwice_IsAnsweredOnce()
    {
        await using var bot = await OaBot.GivenStartedAsync();
        var oa = bot.Oa;

        var store = bot.Services.GetRequiredService<IRecordStore>();

        // The webhook answers after the turn's commit, so the stored replies can be counted right away.
        Assert.Equal(200, await oa.SendTextAsync("u1", "/help", msgId: "m-1"));
        var once = store.Count<OutboxMessage>(m => m.ChatId == "u1");
        Assert.True(once > 0);
        Assert.Equal(200, await oa.SendTextAsync("u1", "/help", msgId: "m-1"));
        Assert.Equal(once, store.Count<OutboxMessage>(m => m.ChatId == "u1"));
        Assert.Equal(200, await oa.SendTextAsync("u1", "/help", msgId: "m-2"));
        Assert.Equal(2 * once, store.Count<OutboxMessage>(m => m.ChatId == "u1"));
    }

    [Fact]
    public async Task Unfollow_MarksThePersonUnreachableOnTheOa()
    {
        await using var bot = await OaBot.GivenStartedAsync();
        var oa = bot.Oa;

        Assert.Equal(200, await oa.FollowAsync("u2", follow: false));
        var store = bot.Services.GetRequiredService<IRecordStore>();
        var reach = store.Find<Reachability>("zalooa:u2")!;
        Assert.Equal(ZaloOaWebhookEndpoints.UnfollowReason, reach.Reason);
        Assert.Equal((ReachProblem.Unfollowed, null), (reach.Problem, reach.OfficeReason)); // a code is stored, not the sentence
        Assert.Equal(Vi.ZaloOa.Unfollowed, reach.OfficeSentence);
    }

    [Fact]
    public async Task Tokens_SurviveARestart_AndAnInvalidTokenIsRenewedOnce()
    {
        await using var oa = await FakeZaloOaServer.StartAsync();
        using var db = new TempDatabase("hy-oa");
        await using (var bot = await OaBot.StartAsync(oa, db.Path))
        {
            await oa.SendTextAsync("u1", "/start");
            await oa.WaitForTextAsync("u1", "Kính chào");
        }

        var refreshes = oa.RefreshCalls;
        Assert.Equal(1, refreshes);

        // The bootstrap refresh token was used up; only the pair kept in the database still works.
        await using (var bot = await OaBot.StartAsync(oa, db.Path))
        {
            await oa.SendTextAsync("u1", "/help");
            await oa.WaitForTextAsync("u1", "Hướng dẫn sử dụng");
            Assert.Equal(1, oa.RefreshCalls);

            oa.InvalidateAccessTokens();
            await oa.SendTextAsync("u1", "/help");
            await RunningBot.UntilAsync(() => oa.Sent.Count(m => m.UserId == "u1" && m.Text is { } t && t.StartsWith("Hướng dẫn sử dụng", StringComparison.Ordinal)) == 2);
            Assert.Equal(2, oa.RefreshCalls);
            var stored = bot.Services.GetRequiredService<IRecordStore>().Find<ZaloOaTokens>(ZaloOaTokens.RecordId)!;
            Assert.NotEqual(oa.InitialRefreshToken, stored.RefreshToken);
        }
    }

    [Fact]
    public async Task BotStoppedWhileZaloRotatesTheTokens_TheNewPairIsKept_AndTheRestartedBotStillAnswers()
    {
        await using var oa = await FakeZaloOaServer.StartAsync();
        using var db = new TempDatabase("hy-oa");
        oa.RefreshAnswerDelay = TimeSpan.FromSeconds(1);
        await using (var bot = await OaBot.StartAsync(oa, db.Path))
        {
            // Zalo has spent the bootstrap refresh token and not yet answered with the new pair when the bot is stopped.
            await RunningBot.UntilAsync(() => oa.RefreshCalls == 1);
        }

        oa.RefreshAnswerDelay = TimeSpan.Zero;
        await using (var bot = await OaBot.StartAsync(oa, db.Path))
        {
            await oa.SendTextAsync("u1", "/start");
            await oa.WaitForTextAsync("u1", "Kính chào");
            Assert.Equal(1, oa.RefreshCalls);
        }
    }

    [Fact]
    public async Task RefreshRefused_IsToldToTheOfficeOnce()
    {
        await using var bot = await OaBot.GivenStartedAsync();
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        await oa.SendTextAsync("u1", "/start");
        await oa.WaitForTextAsync("u1", "Kính chào");

        oa.RefuseRefresh = true;
        oa.InvalidateAccessTokens();
        await oa.SendTextAsync("u1", "/help");
        await oa.SendTextAsync("u2", "/help");
        await RunningBot.UntilAsync(() => oa.RefreshCalls >= 3);

        Assert.Single(store.Query<OutboxMessage>(m => m.Text == Vi.ZaloOa.RefreshFailed));
        Assert.True(store.Find<ZaloOaTokens>(ZaloOaTokens.RecordId)!.FailureReported);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(FakeZaloOaServer.AppSecret, StringComparison.Ordinal));
    }

    private static async Task<SentOaMessage> Step(FakeZaloOaServer oa, string say, string expect, string user = "n1")
    {
        Assert.Equal(200, await oa.SendTextAsync(user, say));
        return await oa.WaitForTextAsync(user, expect);
    }
}
