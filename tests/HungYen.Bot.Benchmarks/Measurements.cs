using System.Diagnostics;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Summary;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Benchmarks;

/// <summary>Each figure README reports, measured on the real host through Telegram.Bot over HTTP.</summary>
internal static class Measurements
{
    /// <summary>
    /// From launching the bot's own process (as production does) to its first getUpdates: the runtime's start, the host's
    /// start-up (the store opened, its indexes ensured, the channels started). The fake Bot API is up before the clock starts.
    /// <paramref name="directory"/>: a published build of the bot (as the Docker image's), else the one built beside this program.
    /// Also the CPU time (user and system, from /proc) the bot's process had used by then, and its peak RSS: on a machine shared with other
    /// work the wall clock waits for the cores, the CPU time does not.
    /// </summary>
    public static async Task<(double Milliseconds, double CpuMilliseconds, double PeakMegabytes)> ColdStartAsync(string? directory = null)
    {
        await using var fake = new FakeTelegramServer();
        await fake.StartAsync();
        using var database = new TempDatabase("hy-bench");
        var watch = Stopwatch.StartNew();
        using var bot = BotProcess.Start(fake, database.Path, new Dictionary<string, string?> { ["Schedule:TickSeconds"] = "3600" }, directory);
        await BenchHost.UntilAsync(() => fake.RequestCount("getUpdates") > 0, TimeSpan.FromSeconds(30));
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var cpu = bot.ProcessorTime.TotalMilliseconds;
        var peak = bot.PeakResidentBytes / 1024.0 / 1024.0;
        bot.Kill();
        return (elapsed, cpu, peak);
    }

    /// <summary>
    /// Updates per second end to end (poll, handle, LiteDB commit, reply over HTTP) with <paramref name="chats"/> chats,
    /// after a warm-up round that is not counted: the first few hundred updates mostly measure the JIT compiler.
    /// </summary>
    public static async Task<double> ThroughputAsync(int chats, int updates)
    {
        await using var bench = await BenchHost.StartAsync();
        var users = Enumerable.Range(0, chats).Select(i => 100_000L + i).ToList();
        bench.Consent(users);
        var warmUp = Math.Min(updates, 500);
        bench.Fake.UsersSay(Enumerable.Range(0, warmUp).Select(i => (users[i % chats], "/id")));
        await BenchHost.UntilAsync(() => bench.Fake.Sent.Count >= warmUp, TimeSpan.FromMinutes(1));
        var watch = Stopwatch.StartNew();
        bench.Fake.UsersSay(Enumerable.Range(0, updates).Select(i => (users[i % chats], "/id")));
        await BenchHost.UntilAsync(() => bench.Fake.Sent.Count >= warmUp + updates, TimeSpan.FromMinutes(3));
        return updates / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Latency from an update being available to its reply arriving, at a steady rate.</summary>
    public static async Task<(double P50, double P95, double P99)> LatencyAsync(int perSecond, int seconds)
    {
        await using var bench = await BenchHost.StartAsync();
        var count = perSecond * seconds;
        var users = Enumerable.Range(0, count).Select(i => 200_000L + i).ToList();
        bench.Consent(users);
        var offered = new DateTimeOffset[count];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            while (watch.Elapsed < due)
            {
                await Task.Delay(1);
            }

            offered[i] = DateTimeOffset.UtcNow;
            bench.Fake.UserSays(users[i], "/id");
        }

        await BenchHost.UntilAsync(() => bench.Fake.Sent.Count >= count, TimeSpan.FromMinutes(2));
        var index = users.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i);
        var latencies = bench.Fake.Sent.Select(m => (m.At - offered[index[m.ChatId]]).TotalMilliseconds).Order().ToList();
        return (Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99));
    }

    /// <summary>Time to deliver <paramref name="count"/> bulk messages at <paramref name="rate"/>/s, against the ideal count / rate; and the 429s seen.</summary>
    public static async Task<(double Seconds, double Ratio, int TooMany)> FanOutAsync(int count, double rate)
    {
        await using var bench = await BenchHost.StartAsync(messagesPerSecond: rate);
        var changes = new ChangeSet();
        for (var i = 0; i < count; i++)
        {
            changes.Send(new ChatAddress("telegram", (300_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)), new OutgoingMessage($"Nhắc lịch Hội nghị số {i}"), DateTimeOffset.UtcNow, bulk: true);
        }

        bench.Store.Commit(changes);
        var watch = Stopwatch.StartNew();
        bench.Host.Services.GetRequiredService<OutboxSignal>().Notify();
        await BenchHost.UntilAsync(() => bench.Fake.Sent.Count >= count, TimeSpan.FromMinutes(5));
        var seconds = watch.Elapsed.TotalSeconds;
        return (seconds, seconds / (count / rate), bench.Fake.Count429);
    }

    /// <summary>
    /// Peak RSS of the bot's own process and the database size with <paramref name="users"/> people holding complete
    /// records (consent, a conversation in progress, an invitation, a nomination): the file is filled first, then the bot
    /// (dotnet HungYen.Bot.dll, as in production) serves every one of them once, then sends the office the daily summary
    /// with the workbooks of all their nominations and invitations.
    /// </summary>
    public static async Task<(double ServingMegabytes, double WithSummaryMegabytes, double DatabaseMegabytes)> MemoryAsync(int users)
    {
        await using var fake = new FakeTelegramServer();
        await fake.StartAsync();
        using var database = new TempDatabase("hy-bench");
        Fill(database.Path, users);
        using var bot = BotProcess.Start(fake, database.Path, new Dictionary<string, string?> { ["Schedule:TickSeconds"] = "3600" });
        await BenchHost.UntilAsync(() => fake.RequestCount("getUpdates") > 0, TimeSpan.FromSeconds(30));
        fake.UsersSay(Enumerable.Range(0, users).Select(i => (400_000L + i, "/id")));
        await BenchHost.UntilAsync(() => fake.Sent.Count >= users, TimeSpan.FromMinutes(5));
        var serving = bot.PeakResidentBytes / 1024.0 / 1024.0;
        fake.UserSays(BotSettings.AdminChat, "/baocao");
        await BenchHost.UntilAsync(() => fake.Sent.Count(m => m.ChatId == BotSettings.AdminChat && m.FileName is not null) >= 2, TimeSpan.FromMinutes(2));
        var withSummary = bot.PeakResidentBytes / 1024.0 / 1024.0;
        bot.Kill();
        return (serving, withSummary, database.BytesOnDisk / 1024.0 / 1024.0);
    }

    private static void Fill(string dbPath, int users)
    {
        using var store = LiteDbRecordStore.Open(dbPath);
        var notice = new PrivacyOptions().NoticeVersion;
        var admin = new ChangeSet();
        admin.Upsert(new Consent { Id = $"telegram:{BotSettings.AdminChat}", Version = notice, GivenAt = DateTimeOffset.UtcNow });
        store.Commit(admin);
        const int batch = 1000;
        for (var start = 0; start < users; start += batch)
        {
            var changes = new ChangeSet();
            foreach (var i in Enumerable.Range(start, Math.Min(batch, users - start)))
            {
                var address = $"telegram:{400_000 + i}";
                changes.Upsert(new Consent { Id = address, Version = notice, GivenAt = DateTimeOffset.UtcNow, History = [new ConsentEvent { Given = true, At = DateTimeOffset.UtcNow, Channel = "telegram", Version = notice }] });
                changes.Upsert(new ConversationSession { Id = address, Flow = "nomination", State = "Summary", Draft = new() { ["name"] = $"Nguyễn Văn Người {i}", ["birthYear"] = "1985", ["position"] = "Chuyên viên" } });
                changes.Upsert(Delegate(i, address));
                changes.Upsert(Nomination(i, address));
            }

            store.Commit(changes);
        }
    }

    /// <summary>The daily summary with both workbooks, for <paramref name="nominations"/> nominations and <paramref name="delegates"/> delegates.</summary>
    public static async Task<double> SummaryMillisecondsAsync(int nominations, int delegates)
    {
        await using var bench = await BenchHost.StartAsync();
        var changes = new ChangeSet();
        for (var i = 0; i < Math.Max(nominations, delegates); i++)
        {
            if (i < nominations)
            {
                changes.Upsert(Nomination(i, $"telegram:{i}"));
            }

            if (i < delegates)
            {
                changes.Upsert(Delegate(i, $"telegram:{i}"));
            }
        }

        bench.Store.Commit(changes);
        var summary = bench.Host.Services.GetRequiredService<DailySummary>();
        var watch = Stopwatch.StartNew();
        var messages = summary.Compose(null, DateTimeOffset.UtcNow);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (messages.Count(m => m.File is not null) < 2)
        {
            throw new InvalidOperationException("The summary lacks its workbooks.");
        }

        return elapsed;
    }

    private static Delegate Delegate(int i, string address) => new()
    {
        Id = $"d{i}",
        FullName = $"Trần Thị Đại Biểu {i}",
        Position = "Trưởng phòng",
        Organization = "UBND xã",
        Phone = $"09{i:00000000}",
        Token = $"dm-token-{i}",
        InviteCode = $"C{i:0000000}",
        CheckInCode = $"K{i:0000000}",
        Addresses = [address],
        Status = (RsvpStatus)(i % 5),
        History = [new RsvpChange { From = RsvpStatus.Pending, To = RsvpStatus.Attending, At = DateTimeOffset.UtcNow, By = address }],
    };

    private static Nomination Nomination(int i, string submitter) => new()
    {
        Id = $"GK-CN-{i:00000}",
        UnitCode = "QLKH",
        Award = (AwardLevel)(i % 2),
        Kind = (NomineeKind)(i % 2),
        Name = $"Lê Văn Đề Cử {i}",
        Gender = "Nam",
        BirthYear = 1980 + (i % 20),
        Position = "Chuyên viên",
        Workplace = "Phòng Quản lý khoa học",
        Movement = "Đổi mới sáng tạo",
        Summary = string.Concat(Enumerable.Repeat("Thành tích xuất sắc. ", 20)),
        Status = NominationStatus.Submitted,
        SubmittedBy = submitter,
        SubmittedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    private static double Percentile(IReadOnlyList<double> sorted, double p) => sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
