namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// The steps of applying one update that the single update (<see cref="ConversationEngine"/>) and a poll's batch
/// (<see cref="BatchRunner"/>) share: the per-person lock, the turn run to the changes it will commit (the re-delivery
/// and the group chat settled without a turn), the turn's one commit, a failed turn's record, and what is done once the
/// person's lock is released.
/// </summary>
public sealed class TurnSteps(
    IRecordStore store,
    TurnFactory turns,
    TurnRouter router,
    FailedTurns failures,
    ButtonAnswers buttons,
    CommandMenus menus,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<TurnSteps> logger)
{
    /// <summary>
    /// How many times a turn is run before it is given up as failed, when each commit is refused because another commit
    /// changed what it counted on (<see cref="ChangeSet.ExpectNoneWrittenSinceRead{T}"/>) meanwhile.
    /// </summary>
    internal const int Attempts = 5;

    private readonly KeyedLock _locks = new();

    internal IRecordStore Store => store;

    /// <summary>One person's updates strictly one after another; different people at once.</summary>
    internal Task<IDisposable> LockAsync(ChatAddress person, CancellationToken cancellationToken) =>
        _locks.AcquireAsync(person.ToString(), cancellationToken);

    /// <summary>
    /// The update's turn run, and what it will commit; nothing committed yet (but a failed turn's record). Null changes:
    /// nothing to commit, <see cref="Prepared.Settled"/> says what happened.
    /// </summary>
    internal async Task<Prepared> PrepareAsync(IncomingUpdate update, CancellationToken cancellationToken)
    {
        if (store.WasProcessed(update.UpdateKey))
        {
            logger.LogInformation("Update {UpdateKey} was already applied; skipping the re-delivery", update.UpdateKey);
            return new Prepared(update, null, new Outcome(false, null, null), false);
        }

        // issue 14 (who is speaking): only a private chat acts on a person's behalf; groups get at most a pointer.
        if (!PrivateChatGuard.ActsForPerson(update))
        {
            return new Prepared(update, PrivateChatGuard.Refusal(update, clock.GetUtcNow()), new Outcome(true, PrivateChatGuard.ButtonNotice(update), null), false);
        }

        try
        {
            var turn = turns.Open(update);
            await router.RouteAsync(turn, cancellationToken).ConfigureAwait(false);
            var changes = TurnFactory.Close(turn);
            return new Prepared(update, changes, new Outcome(true, turn.ButtonNotice, changes), true);
        }
        catch (Exception error) when (error is not OperationCanceledException and not StorageUnavailableException)
        {
            return new Prepared(update, null, Failed(update, error), false);
        }
    }

    /// <summary>
    /// The turn's one commit. A disk that cannot be written (full, an I/O error) is not the turn's fault: the update is
    /// left unacknowledged and delivered again, rather than answered with an apology that would be stored once the disk
    /// recovers, in place of the turn.
    /// </summary>
    internal void Commit(ChangeSet changes)
    {
        try
        {
            store.Commit(changes);
        }
        catch (Exception error) when (IsDiskFailure(error))
        {
            throw new StorageUnavailableException(error);
        }
    }

    /// <summary>A disk that cannot be written: not the turn's fault, the update is delivered again.</summary>
    internal static bool IsDiskFailure(Exception error) => error is IOException or UnauthorizedAccessException;

    /// <summary>Nothing of the failed turn is kept; the person is told, the failure recorded, the update not retried.</summary>
    internal Outcome Failed(IncomingUpdate update, Exception error)
    {
        var changes = failures.Record(update, error);
        LogApplied(update, changes);
        return new Outcome(true, null, null);
    }

    internal Outcome Applied(Prepared prepared)
    {
        LogApplied(prepared.Update, prepared.Changes!);
        return prepared.Settled;
    }

    internal void LogNotStored(IncomingUpdate update, Exception error) =>
        logger.LogDebug("Update {UpdateKey} was not stored: {Error}", update.UpdateKey, error.GetType().Name);

    /// <summary>The outbox woken when something was committed.</summary>
    internal void Notify() => signal.Notify();

    /// <summary>Once the person's lock is released: the pressed button answered, the command menu refreshed.</summary>
    internal async Task FinishAsync(IncomingUpdate update, Outcome outcome)
    {
        await buttons.AnswerAsync(update, outcome.Notice).ConfigureAwait(false);
        if (outcome.Turn is { } committed)
        {
            // Off the update's path: a menu is a convenience, and its request must not hold this person's next update.
            menus.Refresh(update.User, committed);
        }
    }

    private void LogApplied(IncomingUpdate update, ChangeSet changes)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            // Keys and counts only: names, phone numbers and chat ids never go to the log.
            logger.LogDebug("Update {UpdateKey} applied: {Writes} writes, {Messages} messages", update.UpdateKey, changes.Upserts.Count, changes.Outbox.Count);
        }
    }

    /// <summary>What applying an update left to do once the person's lock is released.</summary>
    /// <param name="Stored">Something was committed (the outbox has work).</param>
    /// <param name="Notice">The notice answering a pressed button.</param>
    /// <param name="Turn">The committed turn's changes (for the command menus), when a turn ran.</param>
    internal sealed record Outcome(bool Stored, string? Notice, ChangeSet? Turn);

    /// <summary>An update whose turn has run: what it commits (none: nothing left to commit), and the outcome once it is.</summary>
    /// <param name="IsTurn">A turn's changes (a failure to commit them is the turn's, recorded); otherwise a refusal's.</param>
    internal sealed record Prepared(IncomingUpdate Update, ChangeSet? Changes, Outcome Settled, bool IsTurn);
}
