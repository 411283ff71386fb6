using System.Diagnostics;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Summary;
using Microsoft.Extensions.DependencyInjection;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Benchmarks;

/// <summary>Each figure README reports, measured on the real host through Telegram.Bot over HTTP.</summary>
internal static class Measurements
{
    public static async Task<double> ColdStartMillisecondsAsync()
    {
        var watch = Stopwatch.StartNew();
        await using var bench = await BenchHost.StartAsync();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Updates per second end to end (poll, handle, LiteDB commit, reply over HTTP) with <paramref name="chats"/> chats.</summary>
    public static async Task<double> ThroughputAsync(int chats, int updates)
    {
        await using var bench = await BenchHost.StartAsync();
        var users = Enumerable.Range(0, chats).Select(i => 100_000L + i).ToList();
        bench.Consent(users);
        var watch = Stopwatch.StartNew();
        bench.Fake.UsersSay(Enumerable.Range(0, updates).Select(i => (users[i % chats], "/id")));
        await bench.UntilAsync(() => bench.Fake.Sent.Count >= updates, TimeSpan.FromMinutes(3));
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

        await bench.UntilAsync(() => bench.Fake.Sent.Count >= count, TimeSpan.FromMinutes(2));
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
        await bench.UntilAsync(() => bench.Fake.Sent.Count >= count, TimeSpan.FromMinutes(5));
        var seconds = watch.Elapsed.TotalSeconds;
        return (seconds, seconds / (count / rate), bench.Fake.Count429);
    }

    /// <summary>Peak working set and database size with <paramref name="users"/> people holding complete records.</summary>
    public static async Task<(double RssMegabytes, double DatabaseMegabytes)> MemoryAsync(int users)
    {
        await using var bench = await BenchHost.StartAsync();
        const int batch = 1000;
        for (var start = 0; start < users; start += batch)
        {
            var changes = new ChangeSet();
            foreach (var i in Enumerable.Range(start, Math.Min(batch, users - start)))
            {
                var address = $"telegram:{400_000 + i}";
                changes.Upsert(new Consent { Id = address, Version = "2026-11", GivenAt = DateTimeOffset.UtcNow, History = [new ConsentEvent { Given = true, At = DateTimeOffset.UtcNow, Channel = "telegram", Version = "2026-11" }] });
                changes.Upsert(new ConversationSession { Id = address, Flow = "nomination", State = "Summary", Draft = new() { ["name"] = $"Nguyễn Văn Người {i}", ["birthYear"] = "1985", ["position"] = "Chuyên viên" } });
                changes.Upsert(Delegate(i, address));
                changes.Upsert(Nomination(i, address));
            }

            bench.Store.Commit(changes);
        }

        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        // LiteDB keeps recent writes in its log file until a checkpoint: both are the database on disk.
        var files = new[] { bench.DatabasePath, bench.DatabasePath.Replace(".db", "-log.db", StringComparison.Ordinal) }.Where(File.Exists);
        return (process.PeakWorkingSet64 / 1024.0 / 1024.0, files.Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0);
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
