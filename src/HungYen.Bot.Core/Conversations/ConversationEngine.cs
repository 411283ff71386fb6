namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// The turn runner every channel hands its updates to: exactly once (by update key), one at a time per person, the turn
/// opened with its input cleaned and its session loaded once (<see cref="TurnFactory"/>), then committed once together
/// with everything the turn wrote and sent; a failed turn keeps nothing but its record (<see cref="FailedTurns"/>); a
/// pressed button is answered (<see cref="ButtonAnswers"/>). The steps it shares with a poll's batch are
/// <see cref="TurnSteps"/>; a batch is <see cref="BatchRunner"/>'s. What the update <em>means</em> is the
/// <see cref="TurnRouter"/>'s business.
/// </summary>
public sealed class ConversationEngine(TurnSteps steps, BatchRunner batches) : IUpdateSink
{
    public async Task HandleAsync(IncomingUpdate update, CancellationToken cancellationToken)
    {
        TurnSteps.Outcome outcome;
        using (await steps.LockAsync(update.User, cancellationToken).ConfigureAwait(false))
        {
            outcome = await ApplyOnceAsync(update, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Stored)
        {
            steps.Notify();
        }

        await steps.FinishAsync(update, outcome).ConfigureAwait(false);
    }

    public Task<bool> HandleBatchAsync(IReadOnlyList<IncomingUpdate> updates, CancellationToken cancellationToken) =>
        batches.RunAsync(updates, cancellationToken);

    /// <summary>
    /// Under the person's lock: the update applied unless it already was (checked once, here, so that a re-delivery
    /// racing its first delivery waits for it and then skips).
    /// </summary>
    private async Task<TurnSteps.Outcome> ApplyOnceAsync(IncomingUpdate update, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var prepared = await steps.PrepareAsync(update, cancellationToken).ConfigureAwait(false);
            if (prepared.Changes is not { } changes)
            {
                return prepared.Settled;
            }

            if (!prepared.IsTurn)
            {
                steps.Store.Commit(changes);
                return prepared.Settled;
            }

            try
            {
                steps.Commit(changes);
            }
            catch (RecordsChangedException) when (attempt < TurnSteps.Attempts)
            {
                continue; // another commit changed what the turn counted on (the seats held): it runs again on what is stored now
            }
            catch (Exception error) when (error is not StorageUnavailableException)
            {
                return steps.Failed(update, error);
            }

            return steps.Applied(prepared);
        }
    }
}
