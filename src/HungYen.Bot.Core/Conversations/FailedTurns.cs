namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// A turn that threw: nothing of it is kept; what is committed instead is its record (redacted), the person's apology
/// and the update's key, so the update is not retried. If not even that can be stored, the update must stay
/// unacknowledged (the channel delivers it again) and nothing is sent.
/// </summary>
public sealed class FailedTurns(IRecordStore store, TimeProvider clock, ILogger<FailedTurns> logger, Privacy.Redactor? redactor = null)
{
    /// <summary>Commits the failure and returns what was committed.</summary>
    /// <exception cref="StorageUnavailableException">The store could not take even the failure.</exception>
    public ChangeSet Record(IncomingUpdate update, Exception error)
    {
        logger.LogError("Handling update {UpdateKey} failed: {Error}", update.UpdateKey, error.GetType().Name);
        var now = clock.GetUtcNow();
        var changes = new ChangeSet { ProcessedUpdateKey = update.UpdateKey };
        changes.Upsert(new FailedUpdate { Id = update.UpdateKey, User = update.User.ToString(), Text = InputText.Clean(update.Text), Error = (redactor ?? Privacy.Redactor.None).Full(error), At = now });
        changes.Enqueue(OutboxMessage.For(update.Chat, new OutgoingMessage(Vi.InternalError), now));
        try
        {
            store.Commit(changes);
        }
        catch (Exception storeError) when (storeError is not OperationCanceledException)
        {
            throw new StorageUnavailableException(storeError);
        }

        return changes;
    }
}
