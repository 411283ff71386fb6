using LiteDB;

namespace HungYen.Bot.Storage;

/// <summary>
/// The stored documents of the outbox messages still pending, kept by the store from its own writes (read once when it
/// opens): a delivery (<see cref="ChangeSet.RecordDelivery"/>) is applied to the message as stored without reading it
/// back, and whether a message is still pending is known without a read. What a transaction changes is staged and kept
/// only once the transaction is stored. Used under the store's write lock.
/// </summary>
internal sealed class PendingOutbox(BsonMapper mapper)
{
    private readonly Dictionary<string, BsonDocument> _documents = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, BsonDocument?> _staged = new(StringComparer.OrdinalIgnoreCase);
    private readonly BsonValue _pending = mapper.Serialize(typeof(OutboxStatus), OutboxStatus.Pending);

    public int Count => _documents.Count;

    public void Load(IEnumerable<BsonDocument> pending)
    {
        foreach (var document in pending)
        {
            _documents[document["_id"].AsString] = document;
        }
    }

    /// <summary>The message as stored (with this transaction's writes), if it is pending; null if it is closed or gone.</summary>
    public BsonDocument? Find(string id) =>
        _staged.TryGetValue(id, out var staged) ? staged : _documents.GetValueOrDefault(id);

    /// <summary>Within the transaction: the message is now stored as <paramref name="document"/> (null: deleted).</summary>
    public void Stage(string id, BsonDocument? document) => _staged[id] = document is not null && IsPending(document) ? document : null;

    public bool IsPending(BsonDocument document) => document[nameof(OutboxMessage.Status)] == _pending;

    /// <summary>The pending messages as stored, for a follower's start.</summary>
    public IEnumerable<BsonDocument> All => _documents.Values;

    /// <summary>The oldest pending message's sequence with this transaction's writes; past <paramref name="last"/> if none is pending.</summary>
    public long OldestSequence(long last)
    {
        var oldest = last + 1;
        foreach (var (id, document) in _documents)
        {
            if (!_staged.ContainsKey(id))
            {
                oldest = Math.Min(oldest, SequenceOf(document));
            }
        }

        foreach (var document in _staged.Values)
        {
            if (document is not null)
            {
                oldest = Math.Min(oldest, SequenceOf(document));
            }
        }

        return oldest;
    }

    /// <summary>Whether this transaction writes a pending message older than <paramref name="sequence"/>.</summary>
    public bool StagesOlderThan(long sequence) => _staged.Values.Any(d => d is not null && SequenceOf(d) < sequence);

    private static long SequenceOf(BsonDocument document) =>
        document.TryGetValue(nameof(OutboxMessage.Sequence), out var value) && value.IsNumber ? value.AsInt64 : 0;

    /// <summary>The transaction is stored: what it staged is what the store holds.</summary>
    public void Stored()
    {
        foreach (var (id, document) in _staged)
        {
            if (document is null)
            {
                _documents.Remove(id);
            }
            else
            {
                _documents[id] = document;
            }
        }

        _staged.Clear();
    }

    /// <summary>The transaction was rolled back: nothing it staged happened.</summary>
    public void Discarded() => _staged.Clear();

    /// <summary>A copy of the stored message with <paramref name="delivery"/>'s fields, written as the mapper writes them.</summary>
    public BsonDocument Deliver(BsonDocument stored, OutboxDelivery delivery)
    {
        var updated = Copy(stored);
        updated[nameof(OutboxMessage.Status)] = mapper.Serialize(typeof(OutboxStatus), delivery.Status);
        updated[nameof(OutboxMessage.Attempts)] = delivery.Attempts;
        updated[nameof(OutboxMessage.PartsSent)] = delivery.PartsSent;
        updated[nameof(OutboxMessage.NotBefore)] = mapper.Serialize(typeof(DateTimeOffset?), delivery.NotBefore);
        updated[nameof(OutboxMessage.SentAt)] = mapper.Serialize(typeof(DateTimeOffset?), delivery.SentAt);
        updated[nameof(OutboxMessage.LastError)] = delivery.LastError is null ? BsonValue.Null : new BsonValue(delivery.LastError);
        return updated;
    }

    /// <summary>
    /// Another writer's upsert of a message that leaves it pending (an erasure rewriting its text) keeps the delivery
    /// state as stored: it never reopens a message sent meanwhile nor resets its attempts or the parts delivered.
    /// <paramref name="read"/> reads a message that is not pending (rarely: such a writer read it before it was sent).
    /// </summary>
    public void KeepDelivery(string id, BsonDocument document, Func<string, BsonDocument?> read)
    {
        if (!IsPending(document) || (Find(id) ?? read(id)) is not { } stored)
        {
            return;
        }

        foreach (var field in OutboxDelivery.Fields)
        {
            document[field] = stored.TryGetValue(field, out var value) ? value : BsonValue.Null;
        }
    }

    private static BsonDocument Copy(BsonDocument document)
    {
        var copy = new BsonDocument();
        foreach (var (key, value) in document)
        {
            copy[key] = value;
        }

        return copy;
    }
}
