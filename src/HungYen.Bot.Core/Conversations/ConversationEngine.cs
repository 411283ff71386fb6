namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// The turn runner every channel hands its updates to: exactly once (by update key), one at a time per person, the turn
/// opened with its input cleaned and its session loaded once (<see cref="TurnFactory"/>), then committed once together
/// with everything the turn wrote and sent; a failed turn keeps nothing but its record (<see cref="FailedTurns"/>); a
/// pressed button is answered (<see cref="ButtonAnswers"/>). What the update <em>means</em> is the
/// <see cref="TurnRouter"/>'s business.
/// </summary>
public sealed partial class ConversationEngine(
    IRecordStore store,
    TurnFactory turns,
    TurnRouter router,
    FailedTurns failures,
    ButtonAnswers buttons,
    CommandMenus menus,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<ConversationEngine> logger) : IUpdateSink
{
    private readonly KeyedLock _locks = new();

    public async Task HandleAsync(IncomingUpdate update, CancellationToken cancellationToken)
    {
        Outcome outcome;
        using (await _locks.AcquireAsync(update.User.ToString(), cancellationToken).ConfigureAwait(false))
        {
            outcome = await ApplyOnceAsync(update, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Stored)
        {
            signal.Notify();
        }

        await FinishAsync(update, outcome).ConfigureAwait(false);
    }

    /// <summary>Once the person's lock is released: the pressed button answered, the command menu refreshed.</summary>
    private async Task FinishAsync(IncomingUpdate update, Outcome outcome)
    {
        await buttons.AnswerAsync(update, outcome.Notice).ConfigureAwait(false);
        if (outcome.Turn is { } committed)
        {
            // Off the update's path: a menu is a convenience, and its request must not hold this person's next update.
            menus.Refresh(update.User, committed);
        }
    }

    /// <summary>
    /// Under the person's lock: the update applied unless it already was (checked once, here, so that a re-delivery
    /// racing its first delivery waits for it and then skips).
    /// </summary>
    private async Task<Outcome> ApplyOnceAsync(IncomingUpdate update, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(update, cancellationToken).ConfigureAwait(false);
        if (prepared.Changes is not { } changes)
        {
            return prepared.Settled;
        }

        if (!prepared.IsTurn)
        {
            store.Commit(changes);
            return prepared.Settled;
        }

        try
        {
            Commit(changes);
        }
        catch (Exception error) when (error is not StorageUnavailableException)
        {
            return Failed(update, error);
        }

        return Applied(prepared);
    }

    /// <summary>
    /// The update's turn run, and what it will commit; nothing committed yet (but a failed turn's record). Null changes:
    /// nothing to commit, <see cref="Prepared.Settled"/> says what happened.
    /// </summary>
    private async Task<Prepared> PrepareAsync(IncomingUpdate update, CancellationToken cancellationToken)
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

    /// <summary>Nothing of the failed turn is kept; the person is told, the failure recorded, the update not retried.</summary>
    private Outcome Failed(IncomingUpdate update, Exception error)
    {
        var changes = failures.Record(update, error);
        LogApplied(update, changes);
        return new Outcome(true, null, null);
    }

    private Outcome Applied(Prepared prepared)
    {
        LogApplied(prepared.Update, prepared.Changes!);
        return prepared.Settled;
    }

    private void LogApplied(IncomingUpdate update, ChangeSet changes)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            // Keys and counts only: names, phone numbers and chat ids never go to the log.
            logger.LogDebug("Update {UpdateKey} applied: {Writes} writes, {Messages} messages", update.UpdateKey, changes.Upserts.Count, changes.Outbox.Count);
        }
    }

    /// <summary>
    /// The turn's one commit. A disk that cannot be written (full, an I/O error) is not the turn's fault: the update is
    /// left unacknowledged and delivered again, rather than answered with an apology that would be stored once the disk
    /// recovers, in place of the turn.
    /// </summary>
    private void Commit(ChangeSet changes)
    {
        try
        {
            store.Commit(changes);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException(error);
        }
    }

    /// <summary>What applying an update left to do once the person's lock is released.</summary>
    /// <param name="Stored">Something was committed (the outbox has work).</param>
    /// <param name="Notice">The notice answering a pressed button.</param>
    /// <param name="Turn">The committed turn's changes (for the command menus), when a turn ran.</param>
    private sealed record Outcome(bool Stored, string? Notice, ChangeSet? Turn);

    /// <summary>An update whose turn has run: what it commits (none: nothing left to commit), and the outcome once it is.</summary>
    /// <param name="IsTurn">A turn's changes (a failure to commit them is the turn's, recorded); otherwise a refusal's.</param>
    private sealed record Prepared(IncomingUpdate Update, ChangeSet? Changes, Outcome Settled, bool IsTurn);
}
