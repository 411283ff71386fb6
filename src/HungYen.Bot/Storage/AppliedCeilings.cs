using LiteDB;

namespace HungYen.Bot.Storage;

/// <summary>
/// Lets the applied-update check answer a new update without a read (issue 20: that read was 7 % of the bot's CPU under
/// the wizard workload). A key made of a channel and a number ("telegram:123") has, per channel, a free range: no stored
/// key of that channel has a number inside it (above its floor and below its top). A transaction that stores a key
/// inside the range raises the floor to that key; the floor written to the database runs ahead by <see cref="Margin"/>
/// and is written again, in the same transaction, only when a key passes it: once in many updates. A key inside the
/// range was never applied; every other key is read as before.
/// </summary>
/// <remarks>
/// The ranges are one document beside the sequences. A database without it (a fresh one, or one of an earlier version)
/// has its applied keys read once when the store opens: each channel's range runs from its latest applied key to the
/// next stored number above it. Telegram may number updates from a random lower value after a quiet week: a key far
/// under its floor marks the document stale, so the next opening reads the keys again and the range follows the new
/// numbers. Until then such keys are read, as before.
/// </remarks>
internal sealed class AppliedCeilings
{
    /// <summary>How far ahead of the keys the stored floor runs: one write per this many updates, and after a restart at most this many updates read.</summary>
    public const long Margin = 500;

    public const string DocumentKey = "applied-ceilings";

    private Dictionary<string, Range> _stored;
    private bool _stale;
    private Dictionary<string, Range>? _staged;
    private bool _stagedStale;

    private AppliedCeilings(Dictionary<string, Range> stored) => _stored = stored;

    /// <summary>Read from the database: the document, or (none, or a stale one) every applied key once.</summary>
    public static AppliedCeilings Load(ILiteCollection<BsonDocument> sequences, ILiteCollection<BsonDocument> applied)
    {
        var document = sequences.FindById(DocumentKey);
        if (document is not null && !document["stale"].AsBoolean)
        {
            return new AppliedCeilings(document["ranges"].AsDocument.ToDictionary(
                p => p.Key, p => new Range(p.Value["floor"].AsInt64, p.Value["top"].AsInt64, p.Value["floor"].AsInt64), StringComparer.Ordinal));
        }

        // Nothing is written here: a stale document stays until the next raise writes these ranges over it.
        var keys = new Dictionary<string, List<(long Number, DateTime At)>>(StringComparer.Ordinal);
        foreach (var stored in applied.FindAll())
        {
            if (stored["_id"] is { IsString: true } key && TryParse(key.AsString, out var channel, out var number))
            {
                var at = stored["at"].IsDateTime ? stored["at"].AsDateTime : DateTime.MinValue;
                if (!keys.TryGetValue(channel, out var list))
                {
                    keys[channel] = list = [];
                }

                list.Add((number, at));
            }
        }

        var ranges = new Dictionary<string, Range>(StringComparer.Ordinal);
        foreach (var (channel, list) in keys)
        {
            var latest = list.MaxBy(k => (k.At, k.Number)).Number;
            var above = list.Where(k => k.Number > latest).Select(k => k.Number).DefaultIfEmpty(long.MaxValue).Min();
            ranges[channel] = new Range(latest, above, latest);
        }

        return new AppliedCeilings(ranges);
    }

    /// <summary>True when <paramref name="updateKey"/> is surely not applied; false when it has to be read.</summary>
    public bool IsNew(string updateKey)
    {
        var stored = Volatile.Read(ref _stored);
        return TryParse(updateKey, out var channel, out var number) && (!stored.TryGetValue(channel, out var range) || range.Holds(number));
    }

    /// <summary>
    /// In the transaction that stores <paramref name="keys"/>: the floors they raise, held until <see cref="Stored"/> or
    /// <see cref="Discarded"/>; written into <paramref name="sequences"/> when a key passes the stored floor (or is far
    /// under it: the stale mark).
    /// </summary>
    public void Stage(IEnumerable<string> keys, ILiteCollection<BsonDocument> sequences)
    {
        Dictionary<string, Range>? raised = null;
        var stale = _stale;
        var write = false;
        foreach (var key in keys)
        {
            if (!TryParse(key, out var channel, out var number))
            {
                continue;
            }

            var current = raised ?? _stored;
            if (!current.TryGetValue(channel, out var range))
            {
                raised ??= new Dictionary<string, Range>(_stored, StringComparer.Ordinal);
                raised[channel] = new Range(number, long.MaxValue, number + Margin);
                write = true;
            }
            else if (range.Holds(number))
            {
                raised ??= new Dictionary<string, Range>(_stored, StringComparer.Ordinal);
                var reserved = range.Reserved;
                if (number > reserved)
                {
                    reserved = Math.Min(number + Margin, range.Top - 1);
                    write = true;
                }

                raised[channel] = new Range(number, range.Top, reserved);
            }
            else if (number < range.Floor - (10 * Margin))
            {
                stale = true;
            }
        }

        if (raised is null && stale == _stale)
        {
            return;
        }

        var staged = raised ?? _stored;
        if (write || stale != _stale)
        {
            var ranges = new BsonDocument();
            foreach (var (channel, range) in staged)
            {
                ranges[channel] = new BsonDocument { ["floor"] = range.Reserved, ["top"] = range.Top };
            }

            sequences.Upsert(new BsonDocument { ["_id"] = DocumentKey, ["ranges"] = ranges, ["stale"] = stale });
        }

        _staged = staged;
        _stagedStale = stale;
    }

    /// <summary>The transaction was stored: its ranges hold from now.</summary>
    public void Stored()
    {
        if (_staged is not null)
        {
            Volatile.Write(ref _stored, _staged);
            _stale = _stagedStale;
        }

        _staged = null;
    }

    /// <summary>The transaction was rolled back: the ranges stay as they were.</summary>
    public void Discarded() => _staged = null;

    /// <summary>Whether a key far under its floor was stored (for tests): the next opening reads the keys again.</summary>
    internal bool IsStale => _stale;

    /// <summary>"channel:digits" only: a channel name (no colon), a non-negative number of at most 18 digits.</summary>
    internal static bool TryParse(string key, out string channel, out long number)
    {
        channel = "";
        number = 0;
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == key.Length - 1 || key.Length - colon - 1 > 18)
        {
            return false;
        }

        for (var i = colon + 1; i < key.Length; i++)
        {
            if (!char.IsAsciiDigit(key[i]))
            {
                return false;
            }
        }

        number = long.Parse(key.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        channel = key[..colon];
        return true;
    }

    /// <summary>
    /// No stored key of the channel has a number above <paramref name="Floor"/> and below <paramref name="Top"/>; the
    /// database holds <paramref name="Reserved"/> (at or above the floor) in place of the floor.
    /// </summary>
    private sealed record Range(long Floor, long Top, long Reserved)
    {
        public bool Holds(long number) => number > Floor && number < Top;
    }
}
