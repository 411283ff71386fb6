namespace HungYen.Bot.Storage;

/// <summary>
/// The store's conditional commit: which commit last wrote or deleted each record, so that a change set based on records
/// read at some <see cref="Stamp"/> (<see cref="ChangeSet.Expected"/>) is refused when one of them moved since. Commits are
/// numbered from the store's opening (a stamp never outlives the process that read it). Only the last
/// <c>capacity</c> records written are remembered: one forgotten counts as written by the newest commit forgotten,
/// so an expectation older than that is refused, never wrongly let through. Used under the store's write lock.
/// </summary>
internal sealed class RecordWrites(int capacity)
{
    private readonly Dictionary<(Type Type, string Id), long> _last = [];
    private readonly Dictionary<Type, long> _lastOfType = [];
    private readonly Queue<((Type Type, string Id) Key, long Number)> _order = new();
    private long _forgotten;
    private long _stamp;

    /// <summary>The number of the last commit stored; read by any thread.</summary>
    public long Stamp => Interlocked.Read(ref _stamp);

    /// <summary>
    /// Before the group's transaction: its change sets in order, without those whose expectations fail (handed to
    /// <paramref name="refuse"/> with the reason, by their index). A change set is checked against the stored commits and
    /// against the change sets admitted before it in the group, which it cannot have read.
    /// </summary>
    public List<ChangeSet> Admit(IReadOnlyList<ChangeSet> group, Action<int, RecordsChangedException> refuse)
    {
        var admitted = new List<ChangeSet>(group.Count);
        HashSet<(Type Type, string Id)>? writtenInGroup = null;
        var lastExpecting = -1; // the group's writes are gathered only up to the last change set that expects records
        for (var i = group.Count - 1; i > 0 && lastExpecting < 0; i--)
        {
            lastExpecting = group[i].Expected.Count > 0 ? i : -1;
        }

        for (var i = 0; i < group.Count; i++)
        {
            var changes = group[i];
            if (changes.Expected.Count > 0)
            {
                var moved = changes.Expected.Where(e => Moved(e, writtenInGroup)).ToList();
                if (moved.Count > 0)
                {
                    refuse(i, new RecordsChangedException(moved));
                    continue;
                }
            }

            admitted.Add(changes);
            if (i < lastExpecting)
            {
                writtenInGroup ??= [];
                writtenInGroup.UnionWith(changes.Written);
            }
        }

        return admitted;
    }

    /// <summary>Once the group's transaction is stored: its records were written by the next commit number.</summary>
    public void Stored(IReadOnlyList<ChangeSet> admitted)
    {
        var number = _stamp + 1;
        foreach (var key in admitted.SelectMany(c => c.Written))
        {
            _last[key] = number;
            _lastOfType[key.Type] = number;
            _order.Enqueue((key, number));
        }

        Forget();
        Interlocked.Exchange(ref _stamp, number);
    }

    /// <summary>Whether the expected record (or, with no id, any record of its type) was written after its stamp or earlier in the group.</summary>
    private bool Moved(ExpectedRecord expected, HashSet<(Type Type, string Id)>? writtenInGroup) => expected.Id is { } id
        ? LastWrite(expected.Type, id) > expected.Stamp || writtenInGroup?.Contains((expected.Type, id)) == true
        : _lastOfType.GetValueOrDefault(expected.Type) > expected.Stamp || writtenInGroup?.Any(w => w.Type == expected.Type) == true;

    private long LastWrite(Type type, string id) => _last.TryGetValue((type, id), out var number) ? number : _forgotten;

    /// <summary>The oldest records past the capacity; a record written again has a newer entry, its older ones are skipped.</summary>
    private void Forget()
    {
        while (_last.Count > capacity || _order.Count > 4 * capacity)
        {
            var (key, number) = _order.Dequeue();
            if (_last.TryGetValue(key, out var last) && last == number)
            {
                if (_last.Count <= capacity)
                {
                    _order.Enqueue((key, number)); // still wanted: only the queue was too long
                    RebuildOrder();
                    return;
                }

                _last.Remove(key);
                _forgotten = Math.Max(_forgotten, number);
            }
        }
    }

    /// <summary>The queue kept one entry per write; rebuilt with one per record when rewrites made it long.</summary>
    private void RebuildOrder()
    {
        _order.Clear();
        foreach (var (key, number) in _last.OrderBy(e => e.Value))
        {
            _order.Enqueue((key, number));
        }
    }
}
