using LiteDB;

namespace HungYen.Bot.Storage;

/// <summary>The store's outbox: new messages numbered in commit order, deliveries applied to the stored messages, and its followers told.</summary>
public sealed partial class LiteDbRecordStore
{
    private const string PendingFromKey = "outbox-pending-from";
    private const int PendingFromEvery = 1_000;
    private long _pendingFrom;
    private int _transactionsSincePendingFrom;

    /// <summary>A change set's new messages, numbered after <paramref name="sequence"/>; returns the last number.</summary>
    private long Enqueue(IReadOnlyList<OutboxMessage> messages, long sequence, List<OutboxMessage> outboxWritten)
    {
        if (messages.Count == 0)
        {
            return sequence;
        }

        var outbox = _db.GetCollection(nameof(OutboxMessage));
        foreach (var message in messages)
        {
            message.Sequence = ++sequence;
            message.Id = sequence.ToString("D12", CultureInfo.InvariantCulture);
            var document = _mapper.ToDocument(message);
            outbox.Insert(document);
            _pendingOutbox.Stage(message.Id, document);
            outboxWritten.Add(message);
        }

        return sequence;
    }

    /// <summary>
    /// The deliveries, each applied to its message as stored: the status fields alone, not the message written again
    /// from the dispatcher's copy. A message no longer pending (closed or deleted by another commit) is left as it is.
    /// </summary>
    private void Deliver(IReadOnlyList<OutboxDelivery> deliveries, List<(string, string, BsonDocument?)> written, List<OutboxMessage> outboxWritten)
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        var outbox = _db.GetCollection(nameof(OutboxMessage));
        foreach (var delivery in deliveries)
        {
            if (_pendingOutbox.Find(delivery.Id) is not { } stored)
            {
                continue;
            }

            var updated = _pendingOutbox.Deliver(stored, delivery);
            outbox.Update(updated);
            written.Add((nameof(OutboxMessage), delivery.Id, updated));
            OutboxWritten(delivery.Id, updated, outboxWritten);
        }
    }

    /// <summary>An outbox message written (null: deleted) in this transaction, for the pending messages and the followers.</summary>
    private void OutboxWritten(string id, BsonDocument? document, List<OutboxMessage> outboxWritten)
    {
        _pendingOutbox.Stage(id, document);
        if (_followers.Count == 0)
        {
            return;
        }

        outboxWritten.Add(document is not null && _pendingOutbox.IsPending(document)
            ? _mapper.ToObject<OutboxMessage>(document)
            : new OutboxMessage { Id = id, Status = OutboxStatus.Sent }); // closed or gone: nothing to send
    }

    /// <summary>
    /// Reads the pending messages once, at open: from the oldest sequence that may still be pending (kept beside the
    /// other sequences), by the sequence's index, not every message ever sent. A message never becomes pending again
    /// once closed and a new one comes after all others, so the oldest pending only moves on; written when the store
    /// opens, every <see cref="PendingFromEvery"/> transactions after, and at once should a pending message older than
    /// it be written.
    /// </summary>
    private void LoadPendingOutbox()
    {
        var sequences = _db.GetCollection(SequenceCollection);
        var from = sequences.FindById(PendingFromKey)?["value"].AsInt64 ?? 0;
        var outbox = _db.GetCollection(nameof(OutboxMessage));
        _pendingOutbox.Load(outbox.Find(LiteDB.Query.GTE(nameof(OutboxMessage.Sequence), from)).Where(_pendingOutbox.IsPending));
        _pendingFrom = _pendingOutbox.OldestSequence(_outboxSequence);
        if (_pendingFrom != from)
        {
            sequences.Upsert(new BsonDocument { ["_id"] = PendingFromKey, ["value"] = _pendingFrom });
        }
    }

    /// <summary>In the group's transaction: the oldest pending sequence, written when it is due. Returns it as the transaction leaves it.</summary>
    private long MovePendingFrom(long sequence)
    {
        if (++_transactionsSincePendingFrom < PendingFromEvery && !_pendingOutbox.StagesOlderThan(_pendingFrom))
        {
            return _pendingFrom;
        }

        _transactionsSincePendingFrom = 0;
        var oldest = _pendingOutbox.OldestSequence(sequence);
        if (oldest != _pendingFrom)
        {
            _db.GetCollection(SequenceCollection).Upsert(new BsonDocument { ["_id"] = PendingFromKey, ["value"] = oldest });
        }

        return oldest;
    }

    public void Follow(Action<IReadOnlyList<OutboxMessage>> committed)
    {
        lock (_gate)
        {
            committed([.. _pendingOutbox.All.Select(d => _mapper.ToObject<OutboxMessage>(d)).OrderBy(m => m.Sequence)]);
            _followers.Add(committed);
        }
    }

    /// <summary>Under the write lock, once the group is stored: its outbox messages, new and changed, to the followers.</summary>
    private void Publish(List<OutboxMessage> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }

        foreach (var follower in _followers)
        {
            follower(messages);
        }
    }
}
