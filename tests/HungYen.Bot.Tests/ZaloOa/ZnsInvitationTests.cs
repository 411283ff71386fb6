using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Privacy.Retention;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Summary;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeZaloOa;
using HungYen.Bot.Tests.Support;
using HungYen.Bot.Tests.Zalo;
using HungYen.Bot.ZaloOa.Zns;
using Microsoft.Extensions.DependencyInjection;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.ZaloOa;

/// <summary>
/// Issue 16 point 3: the office invites, by ZNS template message to their phone, every imported delegate who has never
/// written to the bot — after confirming the count, each exactly once, each outcome reported per delegate.
/// </summary>
public sealed class ZnsInvitationTests
{
    private const string Template = "tpl-giay-moi";

    private static Dictionary<string, string?> Config(params (string Key, string Value)[] more)
    {
        var config = new Dictionary<string, string?>
        {
            ["ZaloOa:InvitationTemplateId"] = Template,
            ["ZaloOa:ZnsCheckSeconds"] = "1",
            ["Web:PublicBaseUrl"] = "https://bot.example.gov.vn",
            ["Conference:Start"] = "2099-12-18T08:00",
            ["Conference:Venue"] = "Hội trường Sở KH&CN",
        };
        return Settings.Merge(config, more.Select(m => new KeyValuePair<string, string?>(m.Key, m.Value)));
    }

    [Fact]
    public async Task Invite_ShowsTheCountFirst_ThenSendsEachOnce_AndReportsThePhoneWithoutZalo()
    {
        await using var bot = await OaBot.GivenStartedAsync(Config());
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        Seed(store, ("d1", "Nguyễn Văn An", "0912345678", null), ("d2", "Trần Thị Bình", "0987654321", null), ("d3", "Lê Văn Cường", "0911111111", "zalooa:u1"));
        oa.HasNoZaloAccount("0987654321");

        await Say(oa, "/moi_zns", "Có 2 đại biểu chưa từng nhắn tin với bot");
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // the sender looks every second: nothing may go before the office confirms
        Assert.Equal(0, oa.ZnsCalls);
        Assert.Empty(store.Query<ZnsInvitation>());

        await Say(oa, "#c:1", "Đã lên lịch gửi 2 Giấy mời");
        await ZaloChannelTests.WaitUntilAsync(() => store.Query<ZnsInvitation>().All(i => i.State is ZnsState.Sent or ZnsState.Failed));

        var sent = Assert.Single(oa.ZnsSent);
        Assert.Equal("84912345678", sent.Phone);
        Assert.Equal(Template, sent.TemplateId);
        Assert.Equal("zns:d1", sent.TrackingId);
        Assert.Equal("Nguyễn Văn An", sent.Data["ten_dai_bieu"]);
        Assert.Equal("08:00 ngày 18/12/2099", sent.Data["thoi_gian"]);
        Assert.Equal("Hội trường Sở KH&CN", sent.Data["dia_diem"]);
        Assert.Equal(store.Find<Delegate>("d1")!.Token, sent.Data["ma_moi"]);
        Assert.StartsWith("Hội nghị Tổng kết", sent.Data["ten_hoi_nghi"], StringComparison.Ordinal);
        Assert.Equal(ZnsState.Failed, store.Find<ZnsInvitation>("zns:d2")!.State);
        Assert.Null(store.Find<ZnsInvitation>("zns:d3")); // wrote to the bot already: no paid message

        var status = await Say(oa, "/zns_ketqua", "Giấy mời qua tin nhắn mẫu Zalo (ZNS): 2 tin");
        Assert.Contains("• Trần Thị Bình (0987654321): " + Vi.Zns.NoZaloAccount, status.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn An", status.Text, StringComparison.Ordinal);

        Assert.Equal(200, await oa.ReportZnsReceivedAsync(sent));
        Assert.Equal(200, await oa.ReportZnsReceivedAsync(sent)); // a repeated report changes nothing
        Assert.Equal(ZnsState.Delivered, store.Find<ZnsInvitation>("zns:d1")!.State);

        await Say(oa, "/moi_zns", Vi.Zns.NobodyToInvite); // nobody twice, whatever the outcome
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(2, oa.ZnsCalls);

        var summary = bot.Services.GetServices<ISummarySection>().OfType<ZnsSummarySection>().Single().Write(null, DateTimeOffset.UtcNow)!;
        Assert.Contains("Trần Thị Bình (0987654321): " + Vi.Zns.NoZaloAccount, summary.Text, StringComparison.Ordinal);
        Assert.Contains("đã đến máy người nhận: 1", summary.SharedText, StringComparison.Ordinal);
        Assert.DoesNotContain("0987654321", summary.SharedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyQuota_PostponesToTomorrow_AndARejectedTemplateIsFinal_EachReportedPerDelegate()
    {
        await using var bot = await OaBot.GivenStartedAsync(Config());
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        Seed(store, ("d1", "Nguyễn Văn An", "0912345678", null), ("d2", "Trần Thị Bình", "0987654321", null), ("d3", "Lê Văn Cường", "0911111111", null));
        oa.ZnsDailyQuota = 1;

        await Say(oa, "/moi_zns", "Có 3 đại biểu");
        await Say(oa, "1", "Đã lên lịch gửi 3 Giấy mời");
        await ZaloChannelTests.WaitUntilAsync(() => store.Find<ZnsInvitation>("zns:d2") is { ErrorCode: -144 });
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(2, oa.ZnsCalls); // the round stopped at the quota: the third would get the same answer
        Assert.Equal(ZnsState.Sent, store.Find<ZnsInvitation>("zns:d1")!.State);
        var waiting = store.Find<ZnsInvitation>("zns:d2")!;
        Assert.Equal(ZnsState.Scheduled, waiting.State);
        Assert.True(waiting.NotBefore > DateTimeOffset.UtcNow + TimeSpan.FromHours(1));
        Assert.Equal((ZnsProblem.DailyQuota, null), (waiting.Problem, waiting.OfficeReason));
        var status = await Say(oa, "/zns_ketqua", "chờ gửi: 2");
        Assert.Contains("• Trần Thị Bình (0987654321): đã hết hạn mức gửi trong ngày", status.Text, StringComparison.Ordinal);

        Assert.Equal(ZnsState.Scheduled, store.Find<ZnsInvitation>("zns:d3")!.State);
        Assert.Null(store.Find<ZnsInvitation>("zns:d3")!.ErrorCode); // not tried: the quota would refuse it too
    }

    [Fact]
    public async Task RejectedTemplate_IsReportedPerDelegate_AndTheyAreOfferedAgainOnceItIsFixed()
    {
        await using var bot = await OaBot.GivenStartedAsync(Config());
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        Seed(store, ("d1", "Nguyễn Văn An", "0912345678", null), ("d2", "Trần Thị Bình", "0987654321", null));
        oa.RejectTemplate(Template);

        await Say(oa, "/moi_zns", "Có 2 đại biểu");
        await Say(oa, "#c:1", "Đã lên lịch gửi 2 Giấy mời");
        await ZaloChannelTests.WaitUntilAsync(() => store.Query<ZnsInvitation>().Count(i => i.State == ZnsState.Failed) == 2);

        Assert.All(store.Query<ZnsInvitation>(), i => Assert.Equal((-131, ZnsProblem.TemplateRejected), (i.ErrorCode!.Value, i.Problem!.Value)));
        var status = await Say(oa, "/zns_ketqua", "không gửi được: 2");
        Assert.Contains("• Nguyễn Văn An (0912345678): " + Vi.Zns.TemplateRejected, status.Text, StringComparison.Ordinal);
        Assert.Contains("• Trần Thị Bình (0987654321): " + Vi.Zns.TemplateRejected, status.Text, StringComparison.Ordinal);
        Assert.Empty(oa.ZnsSent);

        await Say(oa, "/moi_zns", "Có 2 đại biểu"); // the template was the fault, not the people
    }

    [Fact]
    public async Task ListChangedBeforeTheConfirmation_TheNewCountIsAskedAgain_AndNothingIsScheduledMeanwhile()
    {
        await using var bot = await OaBot.GivenStartedAsync(Config());
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        Seed(store, ("d1", "Nguyễn Văn An", "0912345678", null));

        await Say(oa, "/moi_zns", "Có 1 đại biểu");
        Seed(store, ("d2", "Trần Thị Bình", "0987654321", null));
        await Say(oa, "#c:1", "Danh sách vừa thay đổi: số đại biểu cần gửi là 2 (không phải 1)");
        Assert.Empty(store.Query<ZnsInvitation>());

        await Say(oa, "#c:1", "Đã lên lịch gửi 2 Giấy mời");
        await ZaloChannelTests.WaitUntilAsync(() => oa.ZnsSent.Count == 2);
    }

    [Fact]
    public async Task BotStoppedMidSend_TheInvitationIsNeverSentAgain_AndTheOfficeSeesItAsUnknown()
    {
        await using var oa = await FakeZaloOaServer.StartAsync();
        using var db = new TempDatabase("hy-zns");
        await using (var first = await OaBot.StartAsync(oa, db.Path, Config()))
        {
            var store = first.Services.GetRequiredService<IRecordStore>();
            Seed(store, ("d1", "Nguyễn Văn An", "0912345678", null));
            var invitation = ZnsInvitations.For(store.Find<Delegate>("d1")!, "zalooa:office", DateTimeOffset.UtcNow);
            invitation.NotBefore = DateTimeOffset.UtcNow + TimeSpan.FromDays(1);
            invitation.BeginSend(); // as if the process died between "sending" and Zalo's answer
            var changes = new ChangeSet();
            changes.Upsert(invitation);
            store.Commit(changes);
        }

        await using var bot = await OaBot.StartAsync(oa, db.Path, Config());
        var reopened = bot.Services.GetRequiredService<IRecordStore>();
        await ZaloChannelTests.WaitUntilAsync(() => reopened.Find<ZnsInvitation>("zns:d1") is { State: ZnsState.Unknown });
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(0, oa.ZnsCalls);
        var status = await Say(oa, "/zns_ketqua", "không gửi được: 1");
        Assert.Contains("Nguyễn Văn An (0912345678): " + Vi.Zns.Unknown, status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutATemplate_TheOfficeIsToldWhatToConfigure_AndNothingIsSent()
    {
        await using var oa = await FakeZaloOaServer.StartAsync();
        using var db = new TempDatabase("hy-zns");
        var config = Config();
        config.Remove("ZaloOa:InvitationTemplateId");
        await using var bot = await OaBot.StartAsync(oa, db.Path, config);
        Seed(bot.Services.GetRequiredService<IRecordStore>(), ("d1", "Nguyễn Văn An", "0912345678", null));

        await Say(oa, "/moi_zns", Vi.Zns.NoTemplate);
        Assert.Equal(0, oa.ZnsCalls);
    }

    [Fact]
    public void Invitation_RefusesToMoveBackwards()
    {
        var invitation = new ZnsInvitation { Id = "zns:d1", State = ZnsState.Scheduled };
        invitation.BeginSend();
        invitation.Accepted("m1", DateTimeOffset.UtcNow);

        Assert.Throws<InvalidOperationException>(invitation.BeginSend);
        Assert.Throws<InvalidOperationException>(() => invitation.Refused(-118, ZnsProblem.NoZaloAccount));
        invitation.Delivered(DateTimeOffset.UtcNow);
        Assert.Throws<InvalidOperationException>(() => invitation.Postpone(-144, DateTimeOffset.UtcNow, null));
    }

    [Fact]
    public async Task Report_NamesTheDelegateAsTheListHoldsThemNow_TheInvitationStoresNoName()
    {
        // Issue 13 point 5: no name copied into the ZNS record, so a corrected name shows and erasure is not bypassed.
        await using var bot = await OaBot.GivenStartedAsync(Config());
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        Seed(store, ("d1", "Trần Thị Bình", "0987654321", null), ("d2", "Lê Văn Cường", "0911111111", null));
        oa.HasNoZaloAccount("0987654321");
        oa.HasNoZaloAccount("0911111111");
        await Say(oa, "/moi_zns", "Có 2 đại biểu chưa từng nhắn tin với bot");
        await Say(oa, "#c:1", "Đã lên lịch gửi 2 Giấy mời");
        await ZaloChannelTests.WaitUntilAsync(() => store.Query<ZnsInvitation>().All(i => i.State == ZnsState.Failed));

        var corrected = store.Find<Delegate>("d1")!;
        corrected.FullName = "Trần Thị Bính";
        var changes = new ChangeSet();
        changes.Upsert(corrected);
        changes.Delete<Delegate>("d2");
        store.Commit(changes);
        var status = await Say(oa, "/zns_ketqua", "Giấy mời qua tin nhắn mẫu Zalo (ZNS): 2 tin");

        Assert.All(store.Query<ZnsInvitation>(), i => Assert.Equal("", i.FullName));
        Assert.Contains("• Trần Thị Bính (0987654321): " + Vi.Zns.NoZaloAccount, status.Text, StringComparison.Ordinal);
        Assert.Contains("• Đại biểu không còn trong danh sách (0911111111): " + Vi.Zns.NoZaloAccount, status.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trần Thị Bình", status.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lê Văn Cường", status.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DelegateWhoReachedTheBot_ErasesTheirData_ThePhoneLeavesTheInvitation_AndOneNotSentYetNeverGoes()
    {
        // The Giấy mời went by phone before the delegate wrote to the bot; erasing their data must reach it too.
        await using var bot = await OaBot.GivenStartedAsync(Config());
        var oa = bot.Oa;
        var store = bot.Services.GetRequiredService<IRecordStore>();
        Seed(store, ("d1", "Nguyễn Văn An", "0912345678", null), ("d2", "Trần Thị Bình", "0987654321", null));
        oa.ZnsDailyQuota = 1;
        await Say(oa, "/moi_zns", "Có 2 đại biểu");
        await Say(oa, "#c:1", "Đã lên lịch gửi 2 Giấy mời");
        await ZaloChannelTests.WaitUntilAsync(() => store.Find<ZnsInvitation>("zns:d2") is { Problem: ZnsProblem.DailyQuota });
        Assert.Equal(ZnsState.Sent, store.Find<ZnsInvitation>("zns:d1")!.State);

        // Each delegate then opens the bot from their Giấy mời (bound here directly) and asks to see, then erase, their data.
        Bind(store, ("d1", "zalooa:u1"), ("d2", "zalooa:u2"));
        var seen = await Say(oa, "u1", "/dulieu", "Quyền của đồng chí đối với dữ liệu cá nhân");
        seen = await Say(oa, "u1", "📄 Xem dữ liệu của tôi", "Giấy mời gửi qua tin nhắn mẫu Zalo (ZNS)");
        Assert.Contains("Giấy mời gửi đến số điện thoại 0912345678: đã gửi", seen.Text, StringComparison.Ordinal);
        foreach (var person in new[] { "u1", "u2" })
        {
            await Say(oa, person, "/dulieu", "Quyền của đồng chí đối với dữ liệu cá nhân");
            await Say(oa, person, "🗑 Xóa dữ liệu của tôi", "chắc chắn muốn xóa");
            await Say(oa, person, "🗑 Đồng ý xóa", "Đã xóa dữ liệu cá nhân của đồng chí");
        }

        var sent = store.Find<ZnsInvitation>("zns:d1")!;
        Assert.Equal(("", ZnsState.Sent), (sent.Phone, sent.State)); // what went out stays recorded, without the phone
        var stopped = store.Find<ZnsInvitation>("zns:d2")!;
        Assert.Equal(("", ZnsState.Failed, ZnsProblem.Erased), (stopped.Phone, stopped.State, stopped.Problem));
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the sender looks every second
        Assert.Equal(2, oa.ZnsCalls); // d1, and d2 refused by the quota: nothing since the erasure

        var status = await Say(oa, "/zns_ketqua", "không gửi được: 1");
        Assert.Contains("• Trần Thị Bình: " + Vi.Zns.PhoneErased, status.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0987654321", status.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0912345678", status.Text, StringComparison.Ordinal);
        Assert.Contains(bot.Services.GetServices<IRetentionPolicy>(), p => p is ZnsPersonalData);
    }

    [Fact]
    public void RetentionPeriodOver_EveryInvitationsPhoneIsPurged_OnceAndReported()
    {
        using var db = new TempDatabase("hy-zns");
        using var store = LiteDbRecordStore.Open(db.Path);
        Seed(store, ("d1", "Nguyễn Văn An", "0912345678", null), ("d2", "Trần Thị Bình", "0987654321", null));
        var sent = ZnsInvitations.For(store.Find<Delegate>("d1")!, "zalooa:office", DateTimeOffset.UtcNow);
        sent.BeginSend();
        sent.Accepted("m1", DateTimeOffset.UtcNow);
        var waiting = ZnsInvitations.For(store.Find<Delegate>("d2")!, "zalooa:office", DateTimeOffset.UtcNow);
        var changes = new ChangeSet();
        changes.Upsert(sent);
        changes.Upsert(waiting);
        store.Commit(changes);
        var policy = new ZnsPersonalData(store);

        var purge = new ChangeSet();
        var report = policy.Purge(DateTimeOffset.UtcNow, purge);
        store.Commit(purge);

        Assert.Equal(["Giấy mời qua tin nhắn mẫu Zalo: đã xóa số điện thoại của 2 giấy mời"], report);
        Assert.All(store.Query<ZnsInvitation>(), i => Assert.Equal("", i.Phone));
        Assert.Equal((ZnsState.Sent, ZnsState.Failed), (store.Find<ZnsInvitation>("zns:d1")!.State, store.Find<ZnsInvitation>("zns:d2")!.State));
        Assert.Empty(policy.Purge(DateTimeOffset.UtcNow, new ChangeSet())); // nothing left to purge, nothing reported
    }

    private static void Bind(IRecordStore store, params (string Id, string Address)[] people)
    {
        var changes = new ChangeSet();
        foreach (var (id, address) in people)
        {
            var found = store.Find<Delegate>(id)!;
            found.Addresses.Add(address);
            changes.Upsert(found);
        }

        store.Commit(changes);
    }

    private static void Seed(IRecordStore store, params (string Id, string Name, string Phone, string? Address)[] people)
    {
        var changes = new ChangeSet();
        foreach (var (id, name, phone, address) in people)
        {
            changes.Upsert(new Delegate
            {
                Id = id,
                FullName = name,
                Position = "Chuyên viên",
                Organization = "UBND tỉnh",
                Phone = phone,
                Token = DelegateCodes.NewToken(),
                InviteCode = DelegateCodes.NewShortCode(),
                CheckInCode = DelegateCodes.NewShortCode(),
                Addresses = address is null ? [] : [address],
            });
        }

        store.Commit(changes);
    }

    private static Task<SentOaMessage> Say(FakeZaloOaServer oa, string text, string expect) => Say(oa, OaBot.OfficeId, text, expect);

    private static async Task<SentOaMessage> Say(FakeZaloOaServer oa, string user, string text, string expect)
    {
        var before = oa.Sent.Count;
        Assert.Equal(200, await oa.SendTextAsync(user, text));
        return await oa.WaitForAsync(m => m.UserId == user && m.Text is { } t && t.Contains(expect, StringComparison.Ordinal) && oa.Sent.ToList().IndexOf(m) >= before);
    }
}
