namespace HungYen.Bot.Core.Outbound;

/// <summary>The dispatcher's record of what it sent: written right after each send, kept in memory while the store fails.</summary>
public sealed partial class OutboxDispatcher
{
    /// <summary>
    /// Records a send at once (issue 14): a kill repeats at most the one message in flight, not a batch (and the edits
    /// sent just before it, which are idempotent). The store sets the status on the message as stored
    /// (<see cref="ChangeSet.RecordDelivery"/>), not the whole message from this copy. If the store cannot write, the
    /// messages are kept in memory as sent, so that they are not sent again while the disk is full.
    /// </summary>
    private void MarkSent(IReadOnlyList<OutboxMessage> messages)
    {
        try
        {
            var changes = new ChangeSet();
            foreach (var message in messages)
            {
                changes.RecordDelivery(message);
            }

            _store.Commit(changes);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            foreach (var message in messages)
            {
                _unmarked[message.Id] = message;
                _logger.LogWarning("Message {Id} was sent but could not be recorded as sent ({Error}); recorded later", message.Id, error.GetType().Name);
            }
        }
    }

    private void RecordUnmarked()
    {
        if (_unmarked.IsEmpty)
        {
            return;
        }

        var changes = new ChangeSet();
        var batch = _unmarked.Values.ToList();
        foreach (var message in batch)
        {
            changes.RecordDelivery(message);
        }

        _store.Commit(changes); // throws while the store still fails: the drain waits for the next round
        foreach (var message in batch)
        {
            _unmarked.TryRemove(message.Id, out _);
        }
    }
}
