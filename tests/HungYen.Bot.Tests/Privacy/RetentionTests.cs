using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Privacy.Retention;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Privacy;

public sealed class RetentionTests : IDisposable
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly TempDatabase _database = new("hy-retention");
    private readonly Dictionary<string, string?> _config = new()
    {
        ["Conference:Start"] = "2026-12-18T08:00",
        ["Privacy:RetentionDaysAfterConference"] = "30",
        ["Office:SummaryChatId"] = "test:office",
    };

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Purge_AfterTheRetentionPeriod_AnonymisesOnceAndReportsToTheOffice()
    {
        using var bot = Create();
        var user = bot.User("u", "Vũ Thị Hoa");
        await user.GivenWritingToTheOfficeAsync();
        await user.Says("Tôi là Vũ Thị Hoa, điện thoại 0912345678");
        await user.Presses("📨 Gửi");
        await bot.TickAsync();

        await bot.TickAtAsync(new DateTimeOffset(2027, 1, 17, 23, 59, 0, Vietnam));
        Assert.Contains(bot.Store.Query<OutboxMessage>(), m => m.Text.Contains("0912345678"));

        await bot.TickAtAsync(new DateTimeOffset(2027, 1, 18, 0, 0, 0, Vietnam)); // 30 full days after 18/12/2026
        var sent = await bot.FlushAsync();

        var report = Assert.Single(sent, m => m.ChatId == "office" && m.Text.Contains("hết thời hạn lưu trữ 30 ngày")).Text;
        Assert.Contains("nội dung tin nhắn đã xóa", report);
        Assert.DoesNotContain(bot.Store.Query<OutboxMessage>(), m => m.Text.Contains("0912345678") || m.Text.Contains("Vũ Thị Hoa"));
        Assert.Null(user.Session);

        await bot.TickAsync();
        Assert.DoesNotContain(await bot.FlushAsync(), m => m.Text.Contains("hết thời hạn lưu trữ"));
    }

    [Fact]
    public async Task Purge_BotDownOnTheDay_StillRunsWhenItComesBack()
    {
        using (var before = Create(_database.Path))
        {
            await before.TickAsync();
        }

        using var after = Create(_database.Path, new DateTimeOffset(2027, 3, 1, 9, 0, 0, Vietnam));
        await after.TickAsync();

        Assert.Equal(ScheduleStatus.Sent, after.Store.Query<ScheduledMessage>(m => m.Kind == RetentionJob.Kind).Single().Status);
    }

    [Fact]
    public async Task Purge_NoConferenceDate_IsNotPlanned()
    {
        using var bot = new ChatHarness(services: s => s.AddScheduling());

        await bot.TickAsync();

        Assert.Empty(bot.Store.Query<ScheduledMessage>(m => m.Kind == RetentionJob.Kind));
    }

    private ChatHarness Create(string? db = null, DateTimeOffset? start = null) =>
        new(_config, services: s => s.AddScheduling(), databasePath: db, clock: start is { } t ? new Microsoft.Extensions.Time.Testing.FakeTimeProvider(t) : null);
}
