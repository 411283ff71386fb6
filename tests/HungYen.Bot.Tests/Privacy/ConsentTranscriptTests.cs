using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Privacy;

public sealed class ConsentTranscriptTests : IDisposable
{
    private readonly ChatHarness _bot = new(
        new Dictionary<string, string?> { ["Office:Phone"] = "0221 3 123 456" },
        services: s => s.AddSingleton<IStartCodeHandler, EchoCodeHandler>());

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task FirstContact_ShowsNoticeBeforeAnythingAndStoresNoConsent()
    {
        var user = _bot.User("new", "Lê Văn Cường", consented: false);

        var reply = await user.Says("/start");

        Assert.Contains("Thông báo về xử lý dữ liệu cá nhân (phiên bản 2026-11)", reply.Text);
        Assert.Contains("Bên kiểm soát dữ liệu: Sở Khoa học và Công nghệ tỉnh Hưng Yên", reply.Text);
        Assert.Contains("90 ngày sau Hội nghị", reply.Text);
        Assert.Contains("2 ngày làm việc", reply.Text);
        Assert.Contains("0221 3 123 456", reply.Text);
        Assert.Contains("91/2025/QH15", reply.Text);
        Assert.Equal(["✅ Đồng ý", "Không đồng ý"], reply.Choices);
        Assert.DoesNotContain("Kính chào", reply.Text);
        Assert.Null(_bot.Store.Find<Consent>("test:new"));
    }

    [Fact]
    public async Task Agree_RecordsVersionTimeAndChannelThenWelcomes()
    {
        var user = _bot.User("new", "Lê Văn Cường", consented: false);
        await user.Says("/start");

        var reply = await user.Presses("✅ Đồng ý");

        Assert.Contains("Cảm ơn đồng chí đã đồng ý", reply.Text);
        Assert.Contains("Kính chào đồng chí Lê Văn Cường", reply.Text);
        var consent = _bot.Store.Find<Consent>("test:new")!;
        Assert.Equal("2026-11", consent.Version);
        var given = Assert.Single(consent.History);
        Assert.True(given.Given);
        Assert.Equal("test", given.Channel);
        Assert.Equal(_bot.Clock.GetUtcNow(), given.At, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Decline_SaysWhatCannotBeDoneAndKeepsNothing()
    {
        var user = _bot.User("new", consented: false);
        await user.Says("xin chào");

        var reply = await user.Says("Không đồng ý");

        Assert.Contains("không thể nhận hồ sơ đề xuất", reply.Text);
        Assert.Contains("/start", reply.Text);
        Assert.Null(user.Session);
        Assert.Null(_bot.Store.Find<Consent>("test:new"));
    }

    [Fact]
    public async Task Anything_BeforeAnswering_ShowsTheNoticeAgain()
    {
        var user = _bot.User("new", consented: false);
        await user.Says("/start");

        var reply = await user.Says("tôi muốn nộp hồ sơ");

        Assert.Contains("Thông báo về xử lý dữ liệu cá nhân", reply.Text);
        Assert.Null(_bot.Store.Find<Consent>("test:new"));
    }

    [Fact]
    public async Task StartCode_BeforeConsent_IsUsedOnceTheyAgree()
    {
        var user = _bot.User("new", consented: false);
        await user.Says("/start MA-DON-VI-123");

        var reply = await user.Says("1");

        Assert.Contains("Đã nhận mã MA-DON-VI-123", reply.Text);
        Assert.Null(user.Session!.Get(ConsentGate.PendingCodeField));
    }

    [Fact]
    public async Task NoticeChanged_AsksAgainAndDecliningWithdrawsTheOldConsent()
    {
        var dbPath = Path.Combine(Path.GetTempPath(), $"hy-consent-{Guid.NewGuid():N}.db");
        try
        {
            using (var before = new ChatHarness(databasePath: dbPath))
            {
                var user = before.User("u", consented: false);
                await user.Says("/start");
                await user.Presses("✅ Đồng ý");
            }

            using var after = new ChatHarness(new Dictionary<string, string?> { ["Privacy:NoticeVersion"] = "2027-01" }, databasePath: dbPath);
            var again = after.User("u", consented: false);

            var notice = await again.Says("/start");
            Assert.Contains("đã được cập nhật", notice.Text);
            Assert.Contains("phiên bản 2027-01", notice.Text);

            await again.Presses("Không đồng ý");
            var consent = after.Store.Find<Consent>("test:u")!;
            Assert.Null(consent.Version);
            Assert.Equal([true, false], consent.History.Select(h => h.Given));
            Assert.Equal("2027-01", consent.History[^1].Version);
        }
        finally
        {
            File.Delete(dbPath);
        }
    }

    private sealed class EchoCodeHandler : IStartCodeHandler
    {
        public Task<bool> TryHandleAsync(Turn turn, string code, CancellationToken cancellationToken)
        {
            if (!code.StartsWith("MA-", StringComparison.Ordinal))
            {
                return Task.FromResult(false);
            }

            turn.Say($"Đã nhận mã {code}");
            return Task.FromResult(true);
        }
    }
}
