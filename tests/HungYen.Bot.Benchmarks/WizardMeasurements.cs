using System.Collections.Concurrent;
using System.Diagnostics;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;

namespace HungYen.Bot.Benchmarks;

/// <summary>The figures of one wizard run.</summary>
internal sealed record WizardFigures(int Updates, double PerSecond, double P50, double P95, double P99, double CpuMsPerUpdate, double PeakRssMegabytes);

/// <summary>
/// The wizard workload (<see cref="WizardWorkload"/>) against the bot as its own process, so that its CPU time and
/// peak RSS are the bot's alone; the fake Bot API and the driver run in this process.
/// </summary>
internal static class WizardMeasurements
{
    /// <summary>
    /// <paramref name="chats"/> closed-loop users, each enrolling, consenting and submitting
    /// <paramref name="nominationsEach"/> nominations; a warm-up of 20 users walking one nomination first, not counted.
    /// </summary>
    public static async Task<WizardFigures> ClosedLoopAsync(int chats, int nominationsEach, int nominationsStored = 0, TimeSpan pause = default)
    {
        await using var run = await Run.StartAsync(nominationsStored);
        await Task.Delay(pause); // time to attach dotnet-counters to the bot before the warm-up
        await run.WarmUpAsync();
        var latencies = new ConcurrentBag<double>();
        var users = Enumerable.Range(0, chats)
            .Select(i => run.User(600_000 + i, WizardWorkload.Script(nominationsEach, 1000 + (i * nominationsEach)), latencies, u => u.Next()))
            .ToList();
        var cpu = run.Bot.ProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var user in users)
        {
            user.Next();
        }

        await Task.WhenAll(users.Select(u => u.Done.Task)).WaitAsync(TimeSpan.FromMinutes(10));
        var elapsed = watch.Elapsed;
        await Task.Delay(pause); // and for its last report
        return run.Figures(latencies, elapsed, run.Bot.ProcessorTime - cpu);
    }

    /// <summary>
    /// One store commit as a wizard turn makes it (the conversation, the applied update's key, one reply in the outbox),
    /// then the reply marked sent, on a LiteDB file: CPU milliseconds (user and system) and wall milliseconds per pair,
    /// and the CPU of the sent mark alone (the pair less the same commits without their marks, on a second file).
    /// </summary>
    public static (double CpuMs, double WallMs, double MarkCpuMs) StoreCommitPair(int count)
    {
        var (pairCpu, pairWall) = StoreCommits(count, mark: true);
        var (turnCpu, _) = StoreCommits(count, mark: false);
        return (pairCpu, pairWall, pairCpu - turnCpu);
    }

    private static (double CpuMs, double WallMs) StoreCommits(int count, bool mark)
    {
        using var database = new TempDatabase("hy-bench-store");
        using var store = HungYen.Bot.Storage.LiteDbRecordStore.Open(database.Path);
        var me = Process.GetCurrentProcess();
        void Pair(int i)
        {
            var changes = new HungYen.Bot.Core.Storage.ChangeSet { ProcessedUpdateKey = $"telegram:{i}" };
            changes.Upsert(new HungYen.Bot.Core.Conversations.ConversationSession { Id = $"telegram:{i % 100}", Flow = "nomination", State = "Summary", Draft = new() { ["name"] = "Nguyễn Văn An", ["birthYear"] = "1985", ["position"] = "Chuyên viên", ["summary"] = new string('x', 300) } });
            var reply = HungYen.Bot.Core.Outbound.OutboxMessage.For(new HungYen.Bot.Core.Channels.ChatAddress("telegram", (i % 100).ToString(System.Globalization.CultureInfo.InvariantCulture)), new HungYen.Bot.Core.Channels.OutgoingMessage(new string('y', 600)), DateTimeOffset.UtcNow);
            changes.Enqueue(reply);
            store.Commit(changes);
            if (!mark)
            {
                return;
            }

            reply.Status = HungYen.Bot.Core.Outbound.OutboxStatus.Sent;
            reply.SentAt = DateTimeOffset.UtcNow;
            var sent = new HungYen.Bot.Core.Storage.ChangeSet();
            sent.RecordDelivery(reply); // as the dispatcher marks a message sent
            store.Commit(sent);
        }

        for (var i = 0; i < 200; i++)
        {
            Pair(-i - 1);
        }

        me.Refresh();
        var cpu = me.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            Pair(i);
        }

        me.Refresh();
        return ((me.TotalProcessorTime - cpu).TotalMilliseconds / count, watch.Elapsed.TotalMilliseconds / count);
    }

    /// <summary>The bot's CPU use while nobody writes (polling the fake, timers, the outbox), in milliseconds per second.</summary>
    public static async Task<double> IdleCpuAsync(int seconds)
    {
        await using var run = await Run.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var cpu = run.Bot.ProcessorTime;
        var watch = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        return (run.Bot.ProcessorTime - cpu).TotalMilliseconds / watch.Elapsed.TotalSeconds;
    }

    /// <summary>An open loop: updates offered at <paramref name="perSecond"/> over a pool of <paramref name="chats"/> users, whatever the answers.</summary>
    public static async Task<WizardFigures> OpenLoopAsync(int perSecond, int chats, int seconds)
    {
        await using var run = await Run.StartAsync();
        await run.WarmUpAsync();
        var latencies = new ConcurrentBag<double>();
        var users = Enumerable.Range(0, chats)
            .Select(i => run.User(700_000 + i, WizardWorkload.Script(40, 1000 + (i * 40)), latencies, null))
            .ToList();
        var cpu = run.Bot.ProcessorTime;
        var watch = Stopwatch.StartNew();
        var total = perSecond * seconds;
        var next = 0;
        var held = 0;
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            while (watch.Elapsed < due)
            {
                await Task.Delay(1);
            }

            // the next user in turn whose previous answer is complete (a real person waits for the answer too)
            var user = Enumerable.Range(0, chats).Select(k => users[(next + k) % chats]).FirstOrDefault(u => !u.Busy && !u.Finished);
            next++;
            if (user is null)
            {
                held++;
                continue;
            }

            user.Next();
        }

        await BenchHost.UntilAsync(() => users.All(u => !u.Busy), TimeSpan.FromMinutes(1));
        if (held > 0)
        {
            Console.WriteLine($"  (open loop: {held} updates not offered because every user still awaited an answer)");
        }

        return run.Figures(latencies, watch.Elapsed, run.Bot.ProcessorTime - cpu);
    }

    /// <summary>
    /// The fake Bot API and the driver alone: an in-process echo bot on Telegram.Bot's client answers each update with
    /// the messages the real bot gave at that step (same texts and buttons), so the figure is the ceiling of the rig.
    /// </summary>
    public static async Task<double> RigAloneAsync(int chats, int nominationsEach)
    {
        IReadOnlyList<IReadOnlyList<WireMessage>> answers;
        {
            await using var run = await Run.StartAsync();
            answers = run.Transcript;
        }

        await using var fake = new FakeTelegramServer();
        await fake.StartAsync();

        var script = WizardWorkload.Script(nominationsEach, 1000);
        var perStep = Enumerable.Range(0, script.Count).Select(s => answers[Run.CalibrationStepOf(s)]).ToList();
        var users = new ConcurrentDictionary<long, ScriptedUser>();
        var counts = Run.AnswerCounts(script.Count, answers.Select(a => a.Count).ToList());
        fake.MessageSent += m =>
        {
            if (users.TryGetValue(m.ChatId, out var u))
            {
                u.Received(m);
            }
        };
        using var echo = new EchoBot(fake, perStep);
        for (var i = 0; i < chats; i++)
        {
            var id = 800_000L + i;
            users[id] = new ScriptedUser(fake, id, script) { Answers = counts, OnAnswered = u => u.Next() };
        }

        var watch = Stopwatch.StartNew();
        foreach (var u in users.Values)
        {
            u.Next();
        }

        await Task.WhenAll(users.Values.Select(u => u.Done.Task)).WaitAsync(TimeSpan.FromMinutes(5));
        return chats * script.Count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>One bot process on a fresh database file, with the answers of a calibration user.</summary>
    private sealed class Run : IAsyncDisposable
    {
        private readonly FakeTelegramServer _fake;
        private readonly TempDatabase _database;
        private readonly ConcurrentDictionary<long, ScriptedUser> _users = new();
        private IReadOnlyList<int> _enrolment = [];
        private IReadOnlyList<int> _nomination = [];

        private Run(FakeTelegramServer fake, TempDatabase database, BotProcess bot)
        {
            _fake = fake;
            _database = database;
            Bot = bot;
            _fake.MessageSent += m =>
            {
                if (_users.TryGetValue(m.ChatId, out var user))
                {
                    user.Received(m);
                }
            };
        }

        public BotProcess Bot { get; }

        /// <summary>The calibration user's answers, step by step (enrolment, then two nominations: a Giấy khen and a Bằng khen).</summary>
        public IReadOnlyList<IReadOnlyList<WireMessage>> Transcript { get; private set; } = [];

        public static async Task<Run> StartAsync(int nominationsStored = 0)
        {
            var fake = new FakeTelegramServer();
            await fake.StartAsync();

            var database = new TempDatabase("hy-bench-wizard");
            WizardWorkload.Prepare(database.Path, nominationsStored);
            var bot = BotProcess.Start(fake, database.Path, WizardWorkload.Settings);
            await BenchHost.UntilAsync(() => fake.RequestCount("getUpdates") > 0 || bot.HasExited, TimeSpan.FromSeconds(30));
            if (bot.HasExited)
            {
                throw new InvalidOperationException("The bot did not start:\n" + bot.Tail);
            }

            var run = new Run(fake, database, bot);
            await run.CalibrateAsync();
            return run;
        }

        /// <summary>Which calibration step stands for step <paramref name="step"/> of a user's script.</summary>
        public static int CalibrationStepOf(int step)
        {
            var enrolment = WizardWorkload.Enrolment.Count;
            var perNomination = WizardWorkload.Nomination(0).Count;
            return step < enrolment ? step : enrolment + ((step - enrolment) % (2 * perNomination));
        }

        public static IReadOnlyList<int> AnswerCounts(int steps, IReadOnlyList<int> calibrated) =>
            [.. Enumerable.Range(0, steps).Select(s => calibrated[CalibrationStepOf(s)])];

        public ScriptedUser User(long id, IReadOnlyList<UserAction> script, ConcurrentBag<double> latencies, Action<ScriptedUser>? onAnswered)
        {
            var counts = AnswerCounts(script.Count, [.. _enrolment, .. _nomination]);
            var user = new ScriptedUser(_fake, id, script) { Answers = counts, Latencies = latencies, OnAnswered = onAnswered };
            _users[id] = user;
            return user;
        }

        /// <summary>20 users walking one nomination each: the JIT compiler and LiteDB's caches warm, not counted.</summary>
        public async Task WarmUpAsync()
        {
            var users = Enumerable.Range(0, 20).Select(i => User(590_000 + i, WizardWorkload.Script(1, 100 + i), new ConcurrentBag<double>(), u => u.Next())).ToList();
            foreach (var user in users)
            {
                user.Next();
            }

            await Task.WhenAll(users.Select(u => u.Done.Task)).WaitAsync(TimeSpan.FromMinutes(2));
        }

        public WizardFigures Figures(ConcurrentBag<double> latencies, TimeSpan elapsed, TimeSpan cpu)
        {
            var sorted = latencies.Order().ToList();
            return new WizardFigures(
                sorted.Count,
                sorted.Count / elapsed.TotalSeconds,
                Percentile(sorted, 0.50),
                Percentile(sorted, 0.95),
                Percentile(sorted, 0.99),
                cpu.TotalMilliseconds / sorted.Count,
                Bot.PeakResidentBytes / 1024.0 / 1024.0);
        }

        public async ValueTask DisposeAsync()
        {
            Bot.Dispose();
            await _fake.DisposeAsync();

            _database.Dispose();
        }

        private async Task CalibrateAsync()
        {
            var script = WizardWorkload.Script(2, 0);
            var calibration = new ScriptedUser(_fake, 590_999, script);
            _users[calibration.Id] = calibration;
            var counts = await calibration.CalibrateAsync(TimeSpan.FromMilliseconds(300));
            var inbox = calibration.Inbox;
            var transcript = new List<IReadOnlyList<WireMessage>>();
            var at = 0;
            foreach (var count in counts)
            {
                transcript.Add(inbox.GetRange(at, count));
                at += count;
            }

            Transcript = transcript;
            var enrolment = WizardWorkload.Enrolment.Count;
            _enrolment = [.. counts.Take(enrolment)];
            _nomination = [.. counts.Skip(enrolment)];
            var half = _nomination.Count / 2;
            if (!_nomination.Take(half).SequenceEqual(_nomination.Skip(half)))
            {
                throw new InvalidOperationException("A Giấy khen and a Bằng khen took different numbers of answers: " + string.Join(",", _nomination));
            }

            Console.WriteLine($"  (bot process {Bot.Id}; calibration: answers per step {string.Join(",", counts)})");
            // the last answer says the dossier was sent (over the quota, a warning follows it)
            if (!transcript[^1].Any(m => m.Text.Contains("Đã gửi hồ sơ", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException("Calibration did not end with a submitted dossier: " + inbox[^1].Text);
            }
        }

        private static double Percentile(IReadOnlyList<double> sorted, double p) =>
            sorted.Count == 0 ? double.NaN : sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
