using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Scheduling;

public sealed class DailySummaryTests : IDisposable
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly TempDatabase _database = new("hy-summary");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Summary_At17Local_GoesToTheSummaryChatOncePerDayEvenAcrossRestarts()
    {
        var config = new Dictionary<string, string?> { ["Office:SummaryChatId"] = "test:office-group" };
        using (var first = Create(config, _database.Path))
        {
            await first.TickAsync();
            Assert.Equal(0, await first.TickAtAsync(new DateTimeOffset(2026, 11, 24, 16, 59, 0, Vietnam)));
            Assert.Equal(1, await first.TickAtAsync(new DateTimeOffset(2026, 11, 24, 17, 0, 0, Vietnam))); // 10:00 UTC
            var sent = await first.FlushAsync();
            Assert.Contains("báo cáo tổng hợp lúc 24/11/2026 17:00", Assert.Single(sent).Text);
        }

        using var second = Create(config, _database.Path, new DateTimeOffset(2026, 11, 24, 17, 5, 0, Vietnam));
        Assert.Equal(0, await second.TickAsync());
        Assert.Empty(await second.FlushAsync());

        Assert.Equal(1, await second.TickAtAsync(new DateTimeOffset(2026, 11, 25, 17, 0, 0, Vietnam)));
    }

    [Fact]
    public async Task Summary_ListsDaysLeftUnreachableRecipientsAndScheduledState()
    {
        using var bot = Create(new Dictionary<string, string?>
        {
            ["Conference:Start"] = "2026-12-18T08:00",
            ["Conference:NominationDeadline"] = "2026-12-01T17:00",
        });
        var changes = new ChangeSet();
        changes.Upsert(new Reachability { Id = "test:blocked-person", Unreachable = true, Since = bot.Clock.GetUtcNow() });
        bot.Store.Commit(changes);

        var reply = await bot.Admin.Says("/baocao");

        Assert.Contains("Hạn nộp hồ sơ đề xuất: 01/12/2026 17:00 (còn 7 ngày)", reply.Text);
        Assert.Contains("Hội nghị: 18/12/2026 08:00 (còn 24 ngày)", reply.Text);
        Assert.Contains("Hạn xác nhận tham dự: chưa ấn định", reply.Text);
        Assert.Contains("• người dùng kênh khác chưa đăng ký — kênh khác", reply.Text);
        Assert.DoesNotContain("test:blocked-person", reply.Text);
        Assert.Contains("đề nghị gọi điện", reply.Text);
        Assert.Contains("Trân trọng", reply.Text);
    }

    [Fact]
    public async Task SummaryCommand_Guest_IsRefused()
    {
        using var bot = Create();

        Assert.Contains("không có quyền", (await bot.User("g").Says("/baocao")).Text);
    }

    private static ChatHarness Create(IDictionary<string, string?>? config = null, string? db = null, DateTimeOffset? start = null)
    {
        var clock = start is { } s ? new Microsoft.Extensions.Time.Testing.FakeTimeProvider(s) : null;
        return new ChatHarness(config, services: x => x.AddScheduling(), databasePath: db, clock: clock);
    }
}
