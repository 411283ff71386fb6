using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Texts;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HungYen.Bot.Tests.Scheduling;

public sealed class SchedulerTests : IDisposable
{
    // 24/11/2026 09:00 in Hà Nội is 02:00 UTC (the harness's start).
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly TempDatabase _database = new("hy-sched");
    private readonly TestSource _source = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Tick_AcrossTheUtcPlus7DayBoundary_SendsAtLocalTimeNotUtc()
    {
        // 25/11/2026 07:00 local = 25/11/2026 00:00 UTC: the local day starts 7 hours before the UTC one.
        using var bot = Create();
        _source.Add("r1", Local(2026, 11, 25, 7, 0), latestUseful: Local(2026, 11, 26, 0, 0));

        Assert.Equal(0, await bot.TickAtAsync(new DateTimeOffset(2026, 11, 24, 23, 59, 0, TimeSpan.Zero))); // 06:59 local on the 25th
        Assert.Equal(1, await bot.TickAtAsync(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero))); // 07:00 local

        var sent = await bot.FlushAsync();
        Assert.Equal("Nhắc việc r1", Assert.Single(sent).Text);
        Assert.Equal(ScheduleStatus.Sent, bot.Store.Find<ScheduledMessage>("r1")!.Status);
    }

    [Fact]
    public async Task Restart_BetweenPlannedAndSent_SendsOnceAfterRestart()
    {
        var due = await GivenPlannedThenStoppedAsync(usefulFor: TimeSpan.FromHours(6));

        using var after = Create(_database.Path);
        Assert.Equal(1, await after.TickAtAsync(due));
        Assert.Equal(0, await after.TickAsync());
        Assert.Single(await after.FlushAsync());

        using var again = Create(_database.Path); // a second restart must not send it again
        Assert.Equal(0, await again.TickAtAsync(due.AddMinutes(5)));
        Assert.Empty(await again.FlushAsync());
    }

    [Fact]
    public async Task Restart_AcrossDueTimeStillUseful_SendsLate()
    {
        var due = await GivenPlannedThenStoppedAsync(usefulFor: TimeSpan.FromHours(6));

        using var after = Create(_database.Path);
        Assert.Equal(1, await after.TickAtAsync(due.AddHours(2))); // the bot was down at 10:00, is back at 12:00
        Assert.Equal(ScheduleStatus.Sent, after.Store.Find<ScheduledMessage>("r1")!.Status);
    }

    [Fact]
    public async Task Restart_AcrossDueTimeNoLongerUseful_SkipsAndReportsToOfficeOnce()
    {
        var due = await GivenPlannedThenStoppedAsync(usefulFor: TimeSpan.FromHours(1));

        using var after = Create(_database.Path);
        Assert.Equal(0, await after.TickAtAsync(due.AddHours(3)));
        await after.TickAsync();

        var stored = after.Store.Find<ScheduledMessage>("r1")!;
        Assert.Equal(ScheduleStatus.Skipped, stored.Status);
        Assert.True(stored.Reported);
        await after.FlushAsync();
        var report = Assert.Single(after.InboxOf(ChatHarness.AdminId));
        Assert.Contains("Kính gửi Văn phòng Sở", report.Text);
        Assert.Contains("24/11/2026 10:00 — Nhắc việc r1 → người dùng kênh khác chưa đăng ký: ", report.Text); // named as /lich names them
        Assert.DoesNotContain("test:person", report.Text);
        Assert.Empty(after.InboxOf("person"));
    }

    [Fact]
    public async Task Plan_KeyChanges_UnsentIsCancelledAndTheNewOneSent()
    {
        using var bot = Create();
        _source.Add("reminder@18/12", Local(2026, 11, 25, 8, 0), Local(2026, 11, 26, 0, 0));
        await bot.TickAsync();

        _source.Clear(); // the conference moved: the planner now wants another message
        _source.Add("reminder@22/12", Local(2026, 11, 26, 8, 0), Local(2026, 11, 27, 0, 0));
        await bot.TickAsync();

        Assert.Equal(ScheduleStatus.Cancelled, bot.Store.Find<ScheduledMessage>("reminder@18/12")!.Status);
        Assert.Equal(ScheduleStatus.Planned, bot.Store.Find<ScheduledMessage>("reminder@22/12")!.Status);
        Assert.Equal(1, await bot.TickAtAsync(Local(2026, 11, 26, 8, 0)));
    }

    [Fact]
    public async Task Plan_DueTimeMoved_UnsentMessageFollows()
    {
        using var bot = Create();
        _source.Add("r1", Local(2026, 11, 25, 8, 0), Local(2026, 11, 27, 0, 0));
        await bot.TickAsync();
        _source.Clear();
        _source.Add("r1", Local(2026, 11, 26, 8, 0), Local(2026, 11, 27, 0, 0));
        await bot.TickAsync();

        Assert.Equal(0, await bot.TickAtAsync(Local(2026, 11, 25, 9, 0)));
        Assert.Equal(1, await bot.TickAtAsync(Local(2026, 11, 26, 8, 0)));
    }

    [Fact]
    public async Task QuietHours_DueAt22_WaitsUntil07NextMorning()
    {
        using var bot = Create();
        _source.Add("r1", Local(2026, 11, 24, 22, 0), Local(2026, 11, 26, 0, 0));
        await bot.TickAsync();

        Assert.Equal(0, await bot.TickAtAsync(Local(2026, 11, 24, 22, 0)));
        Assert.Equal(0, await bot.TickAtAsync(Local(2026, 11, 25, 6, 59)));
        Assert.Equal(1, await bot.TickAtAsync(Local(2026, 11, 25, 7, 0)));
    }

    [Fact]
    public async Task QuietHours_ConferenceDayMessage_GoesOutAnyway()
    {
        using var bot = Create();
        _source.Add("r1", Local(2026, 11, 25, 6, 30), Local(2026, 11, 25, 12, 0), quiet: false);
        await bot.TickAtAsync(Local(2026, 11, 25, 6, 29));

        Assert.False(bot.Store.Find<ScheduledMessage>("r1")!.RespectsQuietHours);
        Assert.Equal(1, await bot.TickAtAsync(Local(2026, 11, 25, 6, 30)));
    }

    [Fact]
    public async Task QuietHours_HeldUntilNoLongerUseful_ReasonIsTheQuietHoursNotDowntime()
    {
        using var bot = Create();
        _source.Add("r1", Local(2026, 11, 24, 22, 0), Local(2026, 11, 24, 23, 0));
        await bot.TickAsync();

        await bot.TickAtAsync(Local(2026, 11, 24, 22, 0));
        await bot.TickAtAsync(Local(2026, 11, 24, 23, 30));

        var skipped = bot.Store.Find<ScheduledMessage>("r1")!;
        Assert.Equal(ScheduleStatus.Skipped, skipped.Status);
        Assert.Equal(nameof(SkipReason.SkippedAfterQuietHours), skipped.Reason);
        Assert.Equal("Chờ hết giờ yên lặng và đã quá thời điểm còn hữu ích", Vi.Schedule.Reason(skipped.Reason));
        await bot.FlushAsync();
        Assert.Contains("Chờ hết giờ yên lặng", Assert.Single(bot.InboxOf(ChatHarness.AdminId)).Text);
    }

    [Fact]
    public async Task QuietHours_Disabled_SendsAt22()
    {
        using var bot = Create(config: new Dictionary<string, string?> { ["Schedule:QuietHoursEnabled"] = "false" });
        _source.Add("r1", Local(2026, 11, 24, 22, 0), Local(2026, 11, 26, 0, 0));
        await bot.TickAsync();

        Assert.Equal(1, await bot.TickAtAsync(Local(2026, 11, 24, 22, 0)));
    }

    [Fact]
    public async Task Render_NothingToSay_SkipsWithoutBotheringTheOffice()
    {
        using var bot = Create();
        _source.Add("r1", Local(2026, 11, 24, 10, 0), Local(2026, 11, 24, 18, 0));
        _source.Silent.Add("r1");
        await bot.TickAsync();

        Assert.Equal(0, await bot.TickAtAsync(Local(2026, 11, 24, 10, 0)));

        Assert.Equal(ScheduleStatus.Skipped, bot.Store.Find<ScheduledMessage>("r1")!.Status);
        Assert.Empty(await bot.FlushAsync());
    }

    [Fact]
    public async Task Plan_FirstSeenAfterItsDueTime_IsNotOwed()
    {
        using var bot = Create();
        _source.Add("r1", Local(2026, 11, 23, 10, 0), Local(2026, 11, 25, 0, 0));

        Assert.Equal(0, await bot.TickAsync());
        Assert.Null(bot.Store.Find<ScheduledMessage>("r1"));
    }

    [Fact]
    public async Task ScheduleCommand_Admin_ListsUpcomingAndRecentWithStates()
    {
        using var bot = Create();
        _source.Add("r1", Local(2026, 11, 24, 10, 0), Local(2026, 11, 24, 18, 0));
        _source.Add("r2", Local(2026, 11, 25, 10, 0), Local(2026, 11, 25, 18, 0));
        await bot.TickAsync();
        await bot.TickAtAsync(Local(2026, 11, 24, 10, 0));

        var reply = await bot.Admin.Says("/lich");

        Assert.Contains("25/11/2026 10:00 — Nhắc việc r2 → người dùng kênh khác chưa đăng ký [chờ gửi]", reply.Text);
        Assert.Contains("24/11/2026 10:00 — Nhắc việc r1 → người dùng kênh khác chưa đăng ký [đã gửi lúc 24/11/2026 10:00]", reply.Text);
    }

    [Fact]
    public async Task ScheduleCommand_ShowsWhenSentWhyADueOneWaitsAndTheTotalWhenCut()
    {
        // Issue 19, point 19.
        using var bot = Create();
        _source.Add("sent-late", Local(2026, 11, 24, 10, 0), Local(2026, 11, 24, 18, 0));
        _source.Add("night", Local(2026, 11, 24, 22, 0), Local(2026, 11, 26, 0, 0));
        for (var i = 1; i <= 20; i++)
        {
            _source.Add($"later{i:00}", Local(2026, 11, 27, 8, i), Local(2026, 11, 28, 0, 0));
        }

        await bot.TickAsync();
        await bot.TickAtAsync(Local(2026, 11, 24, 10, 30)); // the bot was down at 10:00
        await bot.TickAtAsync(Local(2026, 11, 24, 22, 30));

        var reply = await bot.Admin.Says("/lich");

        Assert.Contains("24/11/2026 10:00 — Nhắc việc sent-late → người dùng kênh khác chưa đăng ký [đã gửi lúc 24/11/2026 10:30]", reply.Text);
        Assert.Contains("24/11/2026 22:00 — Nhắc việc night → người dùng kênh khác chưa đăng ký [chờ gửi] (đang chờ hết giờ yên lặng, từ 24/11/2026 22:30)", reply.Text);
        Assert.Contains("Sắp gửi (15 trên tổng số 21):", reply.Text);
        Assert.DoesNotContain("later20", reply.Text);
    }

    [Fact]
    public async Task ScheduleCommand_ShowsASkipReasonStoredAsACode_AndAnOldRecordsSentenceAsItIs()
    {
        using var bot = Create();
        var changes = new ChangeSet();
        changes.Upsert(new ScheduledMessage { Id = "new", Kind = "test-reminder", Recipient = "test:person", Title = "Nhắc việc mới", DueAt = Local(2026, 11, 24, 9, 0), Status = ScheduleStatus.Skipped, Reason = nameof(SkipReason.PlanChanged) });
        changes.Upsert(new ScheduledMessage { Id = "old", Kind = "test-reminder", Recipient = "test:person", Title = "Nhắc việc cũ", DueAt = Local(2026, 11, 24, 9, 30), Status = ScheduleStatus.Skipped, Reason = "Không còn cần gửi (bản ghi cũ)" });
        bot.Store.Commit(changes);

        var reply = await bot.Admin.Says("/lich");

        Assert.Contains("Nhắc việc mới → người dùng kênh khác chưa đăng ký [bỏ qua] (Kế hoạch thay đổi (ví dụ thời gian Hội nghị đã đổi))", reply.Text);
        Assert.Contains("Nhắc việc cũ → người dùng kênh khác chưa đăng ký [bỏ qua] (Không còn cần gửi (bản ghi cũ))", reply.Text);
        Assert.DoesNotContain("PlanChanged", reply.Text);
    }

    [Fact]
    public async Task ScheduleCommand_Guest_IsRefused()
    {
        using var bot = Create();

        var reply = await bot.User("guest").Says("/lich");

        Assert.Contains("Lệnh này không có hoặc đồng chí không có quyền", reply.Text);
    }

    private static DateTimeOffset Local(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, Vietnam);

    /// <summary>Given a bot on the test's file planned «r1» for 24/11/2026 10:00 and was stopped before it was due: the due time.</summary>
    private async Task<DateTimeOffset> GivenPlannedThenStoppedAsync(TimeSpan usefulFor)
    {
        var due = Local(2026, 11, 24, 10, 0);
        using var before = Create(_database.Path);
        _source.Add("r1", due, latestUseful: due + usefulFor);
        await before.TickAsync();
        Assert.Equal(ScheduleStatus.Planned, before.Store.Find<ScheduledMessage>("r1")!.Status);
        return due;
    }

    private ChatHarness Create(string? db = null, IDictionary<string, string?>? config = null) =>
        new(config, services: s =>
        {
            s.AddScheduling();
            s.RemoveAll<IScheduleSource>(); // only the test's planner, not the daily summary
            s.AddSingleton<IScheduleSource>(_source);
        }, databasePath: db);

    private sealed class TestSource : IScheduleSource
    {
        private readonly List<PlannedMessage> _plans = [];

        public HashSet<string> Silent { get; } = [];

        public IReadOnlyCollection<string> Kinds { get; } = ["test-reminder"];

        public void Add(string key, DateTimeOffset due, DateTimeOffset latestUseful, bool quiet = true) =>
            _plans.Add(new PlannedMessage(key, "test-reminder", new ChatAddress("test", "person"), due, latestUseful) { RespectsQuietHours = quiet });

        public void Clear() => _plans.Clear();

        public IEnumerable<PlannedMessage> Plan(DateTimeOffset now) => [.. _plans];

        public string Describe(ScheduledMessage message) => $"Nhắc việc {message.Id}";

        public IReadOnlyList<OutgoingMessage> Render(ScheduledMessage message, DateTimeOffset now, Core.Storage.ChangeSet changes) =>
            Silent.Contains(message.Id) ? [] : [new OutgoingMessage($"Nhắc việc {message.Id}")];
    }
}
