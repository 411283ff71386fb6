using System.Collections.Concurrent;
using System.Diagnostics;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;

namespace HungYen.Bot.Benchmarks;

/// <summary>One thing a user does: types a text or presses the button with this label on the latest message showing it.</summary>
internal sealed record UserAction(string? Text, string? Press)
{
    public static UserAction Says(string text) => new(text, null);

    public static UserAction Presses(string label) => new(null, label);
}

/// <summary>
/// The work unit staff really do, as closed-loop users of the real bot process (dotnet HungYen.Bot.dll) through the
/// fake Bot API: <c>/start</c> with the unit's code, consent, then nominations through the whole wizard with buttons
/// and typed answers. Each user sends its next update when the bot's whole answer to the previous one has arrived;
/// how many messages make a whole answer is learnt once, by a calibration user walking the same script slowly.
/// </summary>
internal static class WizardWorkload
{
    private const string UnitCode = "QLKH";
    private const string EnrolmentCode = "BENCH-QLKH";
    private static readonly string[] Families = ["nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phùng", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô"];
    private static readonly string[] Middles = ["văn", "thị", "hữu", "đức", "mạnh", "thúy", "quốc", "ngọc"];
    private static readonly string[] Givens = ["an", "bình", "cường", "dũng", "giang", "hà", "hải", "hùng", "khánh", "lan", "linh", "long", "mai", "nam", "nga", "phong", "quân", "sơn", "thảo", "trang"];

    public static IReadOnlyList<UserAction> Enrolment { get; } = [UserAction.Says($"/start {EnrolmentCode}"), UserAction.Presses("✅ Đồng ý")];

    /// <summary>The updates of one nomination (named by <paramref name="n"/>, the user's <paramref name="k"/>-th: Giấy khen and Bằng khen in turn), from choosing the wizard to submitting (an individual, no file).</summary>
    public static IReadOnlyList<UserAction> Nomination(int n, int k = 0) =>
    [
        UserAction.Says("/dexuat"),
        UserAction.Presses(k % 2 == 0 ? "Giấy khen của Giám đốc Sở" : "Bằng khen của Chủ tịch UBND tỉnh"),
        UserAction.Presses("👤 Cá nhân"),
        UserAction.Says(NameOf(n)),
        UserAction.Presses(n % 3 == 0 ? "Nữ" : "Nam"),
        UserAction.Says((1970 + (n % 30)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        UserAction.Says("Phó Trưởng phòng"),
        UserAction.Says("Phòng Quản lý khoa học"),
        UserAction.Says("1"),
        UserAction.Says("Chủ trì 02 nhiệm vụ khoa học cấp tỉnh, 01 sáng kiến được công nhận và áp dụng."),
        UserAction.Presses("⏭ Bỏ qua"),
        UserAction.Presses("✅ Dùng nội dung này"),
        UserAction.Presses("Cả 2 năm: Hoàn thành xuất sắc nhiệm vụ"),
        UserAction.Presses("Chưa có"),
        UserAction.Says("0912345678"),
        UserAction.Presses("✅ Tôi xác nhận"),
        UserAction.Presses("✅ Gửi hồ sơ"),
    ];

    /// <summary>A distinct name in lower case, as people type it (the bot capitalises it).</summary>
    public static string NameOf(int n) =>
        $"{Families[n % Families.Length]} {Middles[n / Families.Length % Middles.Length]} {Givens[n / (Families.Length * Middles.Length) % Givens.Length]}";

    public static IReadOnlyList<UserAction> Script(int nominationsEach, int firstNomination) =>
        [.. Enrolment, .. Enumerable.Range(0, nominationsEach).SelectMany(k => Nomination(firstNomination + k, firstNomination + k))];

    public static Dictionary<string, string?> Settings => new()
    {
        ["Nominations:QuotaMax"] = "1000", // the most the options allow: the runs stay under it for each award (Giấy khen and Bằng khen in turn)
        ["Conference:NominationDeadline"] = "2099-12-01T17:00",
        ["Schedule:TickSeconds"] = "3600",
        ["Sender:MessagesPerSecond"] = "100000",
        ["Sender:MaxParallelChats"] = "16",
    };

    /// <summary>
    /// A database file in which the unit's enrolment code is known to the driver (the bot keeps an existing code), and
    /// <paramref name="nominations"/> nominations of other units already stored (both awards, individuals, distinct
    /// names), for the cost of the review's quota counts and duplicate check as the records grow.
    /// </summary>
    public static void Prepare(string databasePath, int nominations = 0)
    {
        using var store = LiteDbRecordStore.Open(databasePath);
        var changes = new ChangeSet();
        changes.Upsert(new Unit { Id = UnitCode, Name = "Phòng Quản lý khoa học", Kind = "Phòng chuyên môn", EnrolmentCode = EnrolmentCode });
        for (var i = 0; i < nominations; i++)
        {
            changes.Upsert(new Nomination
            {
                Id = $"HS-{i:D6}",
                UnitCode = $"DV{i % 40:D2}",
                Award = i % 2 == 0 ? AwardLevel.DirectorCertificate : AwardLevel.ProvincialCertificate,
                Kind = NomineeKind.Individual,
                Name = NameOf(100_000 + i),
                BirthYear = 1960 + (i % 40),
                Position = "Chuyên viên",
                Workplace = "Sở Khoa học và Công nghệ",
                Summary = "Hoàn thành xuất sắc nhiệm vụ được giao.",
                SubmittedBy = $"telegram:{900_000 + i}",
                SubmittedAt = DateTimeOffset.UnixEpoch,
                UpdatedAt = DateTimeOffset.UnixEpoch,
            });
        }

        store.Commit(changes);
    }
}

/// <summary>A scripted user: performs its actions one by one, each after the bot's whole answer to the previous one.</summary>
internal sealed class ScriptedUser(FakeTelegramServer fake, long id, IReadOnlyList<UserAction> script)
{
    private readonly List<WireMessage> _inbox = [];
    private int _step = -1;
    private int _awaiting;
    private long _offeredAt;

    public long Id => id;

    public bool Finished => _step >= script.Count;

    public bool Busy { get; private set; }

    public int Step => _step;

    /// <summary>Messages the bot sends in answer to each step (learnt by calibration); null while calibrating.</summary>
    public IReadOnlyList<int>? Answers { get; init; }

    public ConcurrentBag<double>? Latencies { get; init; }

    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<WireMessage> Inbox
    {
        get
        {
            lock (_inbox)
            {
                return [.. _inbox];
            }
        }
    }

    /// <summary>Performs the next action of the script (the caller knows the previous answer is complete).</summary>
    public void Next()
    {
        lock (_inbox)
        {
            _step++;
            if (_step >= script.Count)
            {
                Busy = false;
                Done.TrySetResult();
                return;
            }

            Busy = true;
            _awaiting = Answers?[_step] ?? 0;
            _offeredAt = Stopwatch.GetTimestamp();
            var action = script[_step];
            if (action.Text is { } text)
            {
                fake.UserSays(id, text);
            }
            else
            {
                var label = action.Press!;
                var message = _inbox.LastOrDefault(m => m.InlineButtons.Any(b => b.Text == label))
                    ?? throw new InvalidOperationException($"Step {_step}: no message with the button «{label}». Last: {_inbox.LastOrDefault()?.Text}");
                fake.UserPresses(id, message.CallbackDataOf(label), message.MessageId);
            }
        }
    }

    /// <summary>A message from the bot; when it completes the answer, the next action goes out at once (closed loop).</summary>
    public void Received(WireMessage message)
    {
        bool complete;
        lock (_inbox)
        {
            _inbox.Add(message);
            if (Answers is null || !Busy)
            {
                return;
            }

            complete = --_awaiting == 0;
            if (complete)
            {
                Latencies?.Add(Stopwatch.GetElapsedTime(_offeredAt).TotalMilliseconds);
                Busy = false;
            }
        }

        if (complete && OnAnswered is { } answered)
        {
            answered(this);
        }
    }

    /// <summary>What to do once an answer is complete: closed-loop users go on at once; open-loop ones wait for the clock.</summary>
    public Action<ScriptedUser>? OnAnswered { get; init; }

    /// <summary>Calibration: performs the script slowly, counting the messages each step brings (quiet for <paramref name="quiet"/> means done).</summary>
    public async Task<IReadOnlyList<int>> CalibrateAsync(TimeSpan quiet)
    {
        var counts = new List<int>();
        for (var i = 0; i < script.Count; i++)
        {
            var before = Inbox.Count;
            Next();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (Inbox.Count == before)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Calibration: no answer to step {i}.");
                }

                await Task.Delay(5);
            }

            var seen = Inbox.Count;
            while (true)
            {
                await Task.Delay(quiet);
                if (Inbox.Count == seen)
                {
                    break;
                }

                seen = Inbox.Count;
            }

            counts.Add(seen - before);
        }

        return counts;
    }
}
