using LiteDB;

namespace HungYen.Bot.Storage;

/// <summary>
/// The documents most recently read or written by id (a person's session, consent, latest question, reachability —
/// read on every turn), so that reading one again costs a dictionary lookup and its mapping, not a LiteDB snapshot,
/// page reads and an index search. A missing record is kept too (as null). Kept only what the store holds: every
/// commit moves a stamp before its transaction and again after it, and a reader keeps what it read only if the stamp
/// did not move meanwhile (so a read that overlapped a commit is never kept); after its transaction a commit puts the
/// documents it wrote that were kept (as read back from their bytes, as LiteDB would; null for a deleted one) and
/// forgets the rest.
/// </summary>
internal sealed class RecentDocuments(int capacity)
{
    private readonly object _gate = new();
    private readonly Dictionary<(string Collection, string Id), BsonDocument?> _documents = new(KeyComparer.Instance);
    private long _stamp;

    public long Stamp
    {
        get
        {
            lock (_gate)
            {
                return _stamp;
            }
        }
    }

    public bool TryGet(string collection, string id, out BsonDocument? document)
    {
        lock (_gate)
        {
            return _documents.TryGetValue((collection, id), out document);
        }
    }

    /// <summary>Keeps a document read at <paramref name="stamp"/>, unless a commit began since.</summary>
    public void Keep(string collection, string id, BsonDocument? document, long stamp)
    {
        lock (_gate)
        {
            if (stamp == _stamp)
            {
                Put(collection, id, document);
            }
        }
    }

    /// <summary>Before a transaction: the documents it will write are no longer known. Returns those that were.</summary>
    public HashSet<(string Collection, string Id)> Writing(IEnumerable<(string Collection, string Id)> keys)
    {
        var known = new HashSet<(string Collection, string Id)>(KeyComparer.Instance);
        lock (_gate)
        {
            _stamp++;
            foreach (var key in keys)
            {
                if (_documents.Remove(key))
                {
                    known.Add(key);
                }
            }
        }

        return known;
    }

    /// <summary>
    /// After the transaction: what it wrote (null for a delete), of the documents that were known before it; the others
    /// are forgotten again (a read during the transaction may have kept the older version) and read when asked for.
    /// After a rollback, nothing.
    /// </summary>
    public void Written(HashSet<(string Collection, string Id)> known, IEnumerable<(string Collection, string Id, BsonDocument? Document)> written)
    {
        lock (_gate)
        {
            _stamp++;
            foreach (var (collection, id, document) in written)
            {
                if (known.Contains((collection, id)))
                {
                    Put(collection, id, document is null ? null : BsonSerializer.Deserialize(BsonSerializer.Serialize(document)));
                }
                else
                {
                    _documents.Remove((collection, id)); // kept by a read that ran during the transaction, before it was stored
                }
            }
        }
    }

    private void Put(string collection, string id, BsonDocument? document)
    {
        if (_documents.Count >= capacity)
        {
            _documents.Clear(); // a bound on memory: the next reads fill it again
        }

        _documents[(collection, id)] = document;
    }

    /// <summary>Ids compare as LiteDB's index compares them (ignoring case), so that no spelling of an id outlives a write.</summary>
    private sealed class KeyComparer : IEqualityComparer<(string Collection, string Id)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((string Collection, string Id) x, (string Collection, string Id) y) =>
            string.Equals(x.Collection, y.Collection, StringComparison.Ordinal) && string.Equals(x.Id, y.Id, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Collection, string Id) key) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(key.Collection), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Id));
    }
}
