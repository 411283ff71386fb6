using System.Globalization;
using System.Text.RegularExpressions;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using Xunit.Abstractions;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>
/// The bot process SIGKILLed at random instants of a scripted multi-user session (six unit staffers each enrolling and
/// submitting two nominations, three delegates confirming attendance), restarted on the same LiteDB file each time.
/// After every kill: every update acknowledged to Telegram is in the database and every nomination a person was told
/// about exists. At the end: every update applied exactly once, every record as the script says, every conversation
/// finished, every reply committed delivered.
/// Long mode: <c>HUNGYEN_KILL_TRIALS=500 dotnet test HungYen.Bot.sln --filter KillTrials</c>; a failure prints its
/// seed, and <c>HUNGYEN_KILL_SEED</c> replays it.
/// </summary>
public sealed class KillTrialsTests(ITestOutputHelper output)
{
    private const int NormalTrials = 50;
    private const int KillsPerSession = 6;

    [Fact]
    public async Task KilledAtRandomPoints_EveryUpdateAppliedExactlyOnce_NoRecordLost_EveryConversationContinues()
    {
        var trials = int.TryParse(Environment.GetEnvironmentVariable("HUNGYEN_KILL_TRIALS"), out var t) ? t : NormalTrials;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HUNGYEN_KILL_SEED"), out var s) ? s : Random.Shared.Next();
        var killed = 0;
        var (startup, inFlight, redelivered) = (0, 0, 0);
        for (var session = 0; killed < trials; session++)
        {
            var kills = Math.Min(KillsPerSession, trials - killed);
            await using var run = new KillSession(seed + session);
            try
            {
                await run.RunAsync(kills);
            }
            catch (Exception failure)
            {
                throw new InvalidOperationException($"Kill session with seed {seed + session} failed (HUNGYEN_KILL_SEED={seed + session} replays it): {failure.Message}{Environment.NewLine}{run.Describe()}", failure);
            }

            killed += kills;
            (startup, inFlight, redelivered) = (startup + run.StartupKills, inFlight + run.InFlightKills, redelivered + run.Redelivered);
        }

        output.WriteLine($"{killed} kills (seed {seed}): {startup} during start-up, {inFlight} with updates taken but not yet acknowledged; {redelivered} updates delivered again after a kill");
        Assert.True(killed >= trials);
        Assert.True(inFlight > 0 && redelivered > 0, "No kill landed in the middle of the work: the trials prove nothing");
    }

    private sealed class KillSession(int seed) : IAsyncDisposable
    {
        private static readonly string[] UnitCodes = ["VP", "KHTC", "QLKH", "QLCN", "CDS", "BCVT"];
        private static readonly string[] Names =
        [
            "Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường", "Phạm Thu Dung", "Hoàng Minh Đức", "Vũ Thị Giang",
            "Đặng Quốc Hải", "Bùi Thị Hạnh", "Đỗ Văn Khoa", "Ngô Thị Lan", "Dương Văn Long", "Lý Thị Mai",
        ];

        private static readonly Regex Submitted = new(@"Đã gửi hồ sơ (\S+)\.", RegexOptions.CultureInvariant);

        private readonly Random _random = new(seed);
        private readonly FakeTelegramServer _fake = new();
        private readonly TempDatabase _database = new("hy-kill");
        private readonly Dictionary<int, long> _released = [];
        private readonly Dictionary<long, string[]> _expectedNominees = [];
        private readonly List<(long User, Queue<string> Lines)> _script = [];
        private readonly long[] _delegates = [8101, 8102, 8103];
        private BotProcess? _bot;

        public string LastOutput { get; private set; } = "";

        public int StartupKills { get; private set; }

        public int InFlightKills { get; private set; }

        public int Redelivered => _fake.Redelivered.Count;

        public async Task RunAsync(int kills)
        {
            await _fake.StartAsync();
            Prepare();
            var feeding = FeedAsync();
            for (var kill = 0; kill < kills; kill++)
            {
                var polls = _fake.RequestCount("getUpdates");
                _bot = Start();
                if (_random.NextDouble() < 0.15)
                {
                    await Task.Delay(_random.Next(0, 500)); // somewhere in start-up: opening the file, seeding, preparing Telegram
                    StartupKills++;
                }
                else
                {
                    await UntilAsync(() => _fake.RequestCount("getUpdates") > polls, "the restarted bot polled");
                    await Task.Delay(_random.Next(0, 250)); // somewhere in handling, committing, sending, acknowledging
                    InFlightKills += _fake.LastDelivered >= _fake.ConfirmedOffset ? 1 : 0;
                }

                Stop();
                CheckAfterCrash();
            }

            await feeding;
            _bot = Start();
            var last = _released.Keys.Max();
            await UntilAsync(() => _fake.ConfirmedOffset > last, "every update acknowledged");
            await UntilAsync(EveryConversationFinished, "every conversation reached its end");
            Stop();
            CheckFinal();
        }

        public async ValueTask DisposeAsync()
        {
            _bot?.Dispose();
            await _fake.DisposeAsync();
            _database.Dispose();
        }

        private void Prepare()
        {
            var changes = new ChangeSet();
            for (var i = 0; i < UnitCodes.Length; i++)
            {
                var user = 8001L + i;
                var code = $"kill-test-code-{UnitCodes[i]}";
                changes.Upsert(new Unit { Id = UnitCodes[i], EnrolmentCode = code });
                var nominees = new[] { Names[2 * i], Names[(2 * i) + 1] };
                _expectedNominees[user] = nominees;
                _script.Add((user, new Queue<string>([code, "1", .. Wizard(nominees[0]), .. Wizard(nominees[1])])));
            }

            for (var i = 0; i < _delegates.Length; i++)
            {
                var invite = $"KWTR{i + 2}ABC";
                changes.Upsert(new Delegate
                {
                    Id = $"d{i}",
                    FullName = Names[i],
                    Position = "Trưởng phòng",
                    Organization = "UBND xã",
                    Phone = $"091234567{i}",
                    Token = DelegateCodes.NewToken(),
                    InviteCode = invite,
                    CheckInCode = $"CK{i}W9XYZ",
                });
                _script.Add((_delegates[i], new Queue<string>([invite, "1", "1", "1"])));
            }

            using var store = LiteDbRecordStore.Open(_database.Path);
            store.Commit(changes);
        }

        private static string[] Wizard(string name) =>
        [
            "/decu", "1", "2", name, "1", "1988", "Chuyên viên", "Sở Khoa học và Công nghệ", "1",
            "Chủ trì 01 nhiệm vụ khoa học cấp tỉnh và 02 sáng kiến được công nhận.", "bỏ qua", "1", "1", "1", "0912345678", "1", "1",
        ];

        /// <summary>People keep typing whether the bot is up or not: each line goes to the fake Bot API after a random pause.</summary>
        private async Task FeedAsync()
        {
            while (_script.Any(p => p.Lines.Count > 0))
            {
                var people = _script.Where(p => p.Lines.Count > 0).ToList();
                var (user, lines) = people[_random.Next(people.Count)];
                var id = _fake.UserSays(user, lines.Dequeue());
                lock (_released)
                {
                    _released[id] = user;
                }

                await Task.Delay(_random.Next(2, 30));
            }
        }

        private BotProcess Start() => BotProcess.Start(_fake, _database.Path, new Dictionary<string, string?>
        {
            ["Conference:NominationDeadline"] = "2099-12-01T17:00",
            ["Conference:Start"] = "2099-12-18T08:00",
            ["Conference:Venue"] = "Hội trường Sở KH&CN",
            ["Schedule:TickSeconds"] = "3600",
        });

        private void Stop()
        {
            if (_bot is null)
            {
                return;
            }

            _bot.Kill();
            LastOutput = _bot.Tail;
            _bot.Dispose();
            _bot = null;
        }

        /// <summary>What Telegram has forgotten (acknowledged) must be in the file; what a person was told was saved must be there.</summary>
        private void CheckAfterCrash()
        {
            if (!File.Exists(_database.Path))
            {
                return;
            }

            var confirmed = _fake.ConfirmedOffset;
            List<int> acknowledged;
            lock (_released)
            {
                acknowledged = [.. _released.Keys.Where(id => id < confirmed)];
            }

            using var store = LiteDbRecordStore.Open(_database.Path);
            var lost = acknowledged.Where(id => !store.WasProcessed(Key(id))).ToList();
            Assert.True(lost.Count == 0, $"Acknowledged but never applied: {string.Join(", ", lost)}");
            foreach (var reference in _fake.Sent.Select(m => Submitted.Match(m.Text)).Where(m => m.Success).Select(m => m.Groups[1].Value))
            {
                Assert.True(store.Find<Nomination>(reference) is not null, $"{reference} was announced but is not in the database");
            }
        }

        /// <summary>Where each person's conversation stands, and the bot's last output lines, for a failure message.</summary>
        public string Describe()
        {
            var sent = _fake.Sent;
            var people = _script.Select(p => $"{p.User}: {p.Lines.Count} lines unsent; last replies: " +
                string.Join(" | ", sent.Where(m => m.ChatId == p.User).TakeLast(3).Select(m => m.Text[..Math.Min(60, m.Text.Length)])));
            return string.Join(Environment.NewLine, [.. people, $"confirmed offset {_fake.ConfirmedOffset}", LastOutput]);
        }

        private bool EveryConversationFinished()
        {
            var sent = _fake.Sent;
            return _expectedNominees.Keys.All(u => sent.Where(m => m.ChatId == u).Select(m => Submitted.Match(m.Text)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().Count() == 2)
                && _delegates.All(d => sent.Any(m => m.ChatId == d && m.Text.Contains("đã xác nhận tham dự", StringComparison.Ordinal)));
        }

        private void CheckFinal()
        {
            using var store = LiteDbRecordStore.Open(_database.Path);
            Assert.All(_released.Keys, id => Assert.True(store.WasProcessed(Key(id)), $"Update {id} never applied"));
            Assert.Empty(store.Query<FailedUpdate>());

            foreach (var (user, nominees) in _expectedNominees)
            {
                var address = $"telegram:{user}";
                Assert.NotNull(store.Find<UnitStaff>(address));
                var saved = store.Query<Nomination>(n => n.SubmittedBy == address);
                Assert.Equal(nominees.Order(), saved.Select(n => n.Name).Order());
                Assert.All(saved, n =>
                {
                    Assert.Equal(NominationStatus.Submitted, n.Status);
                    Assert.Equal(1988, n.BirthYear);
                    Assert.Equal("Chuyên viên", n.Position);
                    Assert.Equal("Sở Khoa học và Công nghệ", n.Workplace);
                });
            }

            Assert.Equal(_expectedNominees.Count * 2, store.Count<Nomination>());
            foreach (var delegateId in new[] { "d0", "d1", "d2" })
            {
                var invited = store.Find<Delegate>(delegateId)!;
                Assert.Equal(RsvpStatus.Attending, invited.Status);
                Assert.Single(invited.History, h => h.To == RsvpStatus.Attending);
                Assert.Single(invited.Addresses);
            }

            // Every reply that was committed reached its chat (at least once).
            var sent = _fake.Sent;
            foreach (var message in store.Query<OutboxMessage>(m => m.EditMessageId == null && m.FileId == null))
            {
                var chat = long.Parse(message.ChatId, CultureInfo.InvariantCulture);
                var start = message.Text[..Math.Min(40, message.Text.Length)];
                Assert.True(sent.Any(m => m.ChatId == chat && m.Text.StartsWith(start, StringComparison.Ordinal)), $"Committed but never delivered to {chat}: «{start}»");
            }
        }

        private static string Key(int updateId) => $"telegram:{updateId.ToString(CultureInfo.InvariantCulture)}";

        private static Task UntilAsync(Func<bool> condition, string what) => Waiting.UntilAsync(condition, what, TimeSpan.FromSeconds(30));
    }
}
