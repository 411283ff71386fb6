using Outcome = HungYen.Bot.Core.Conversations.TurnSteps.Outcome;
using Prepared = HungYen.Bot.Core.Conversations.TurnSteps.Prepared;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// A poll's batch with its turns committed together (issue 20): each person's turn runs under the person's lock, and
/// the turns of different people are committed in one <see cref="IRecordStore.CommitAll"/> (one LiteDB transaction
/// when nothing fails) before any lock is released; a person's second update in the batch first commits what is
/// pending, so it sees its first. The caller acknowledges the batch only after this returns true.
/// </summary>
public sealed class BatchRunner(TurnSteps steps)
{
    public async Task<bool> RunAsync(IReadOnlyList<IncomingUpdate> updates, CancellationToken cancellationToken)
    {
        var stored = true;
        var stopped = new HashSet<ChatAddress>(); // a person whose update was not stored: their later ones wait for the re-delivery
        var pending = new List<(Prepared Prepared, IDisposable Lock)>();
        var settled = new List<(IncomingUpdate Update, Outcome Outcome)>();
        try
        {
            foreach (var update in updates)
            {
                if (stopped.Contains(update.User))
                {
                    continue;
                }

                if (pending.Exists(p => p.Prepared.Update.User == update.User))
                {
                    stored &= await CommitPendingAsync(pending, settled, stopped, cancellationToken).ConfigureAwait(false);
                }

                var held = await steps.LockAsync(update.User, cancellationToken).ConfigureAwait(false);
                try
                {
                    pending.Add((await steps.PrepareAsync(update, cancellationToken).ConfigureAwait(false), held));
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    held.Dispose();
                    steps.LogNotStored(update, error);
                    stopped.Add(update.User);
                    stored = false;
                }
            }

            stored &= await CommitPendingAsync(pending, settled, stopped, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var (_, held) in pending)
            {
                held.Dispose(); // stopped mid-batch: nothing of the pending turns was stored, the batch is delivered again
            }
        }

        if (settled.Exists(s => s.Outcome.Stored))
        {
            steps.Notify();
        }

        // At once, as the people's turns used to run: each answer to a pressed button is a request of its own.
        await Task.WhenAll(settled.Select(s => steps.FinishAsync(s.Update, s.Outcome))).ConfigureAwait(false);

        return stored;
    }

    /// <summary>
    /// The pending turns committed together, then their locks released. Returns whether every one was stored. A turn
    /// refused because a turn committed before it in the group (or elsewhere) changed what it counted on — two delegates
    /// taking the last seat in one batch — keeps its person's lock and is run again on what is stored now, then committed.
    /// </summary>
    private async Task<bool> CommitPendingAsync(List<(Prepared Prepared, IDisposable Lock)> pending, List<(IncomingUpdate, Outcome)> settled, HashSet<ChatAddress> stopped, CancellationToken cancellationToken)
    {
        var stored = true;
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var again = CommitPending(pending, settled, stopped, retry: attempt < TurnSteps.Attempts, ref stored);
            for (var i = 0; i < again.Count; i++)
            {
                var (update, held) = again[i];
                try
                {
                    pending.Add((await steps.PrepareAsync(update, cancellationToken).ConfigureAwait(false), held));
                }
                catch (Exception error)
                {
                    foreach (var (rest, waiting) in again.Skip(i))
                    {
                        waiting.Dispose(); // stopped: delivered again, as any turn not stored
                        stopped.Add(rest.User);
                    }

                    if (error is OperationCanceledException)
                    {
                        throw;
                    }

                    steps.LogNotStored(update, error);
                    stored = false;
                    break;
                }
            }
        }

        return stored;
    }

    /// <summary>One commit of the pending turns; returns those refused for a change meanwhile, to run again (their locks held).</summary>
    private List<(IncomingUpdate Update, IDisposable Lock)> CommitPending(List<(Prepared Prepared, IDisposable Lock)> pending, List<(IncomingUpdate, Outcome)> settled, HashSet<ChatAddress> stopped, bool retry, ref bool stored)
    {
        var again = new List<(IncomingUpdate, IDisposable)>();
        var errors = steps.Store.CommitAll([.. pending.Select(p => p.Prepared.Changes).OfType<ChangeSet>()]);
        var committed = pending.ToList();
        pending.Clear(); // from here each lock is released below, once
        var next = 0;
        foreach (var (prepared, held) in committed)
        {
            var error = prepared.Changes is null ? null : errors[next++];
            if (error is RecordsChangedException && prepared.IsTurn && retry)
            {
                again.Add((prepared.Update, held)); // what it counted on changed: run again, its person's lock still held
                continue;
            }

            try
            {
                if (error is null)
                {
                    settled.Add((prepared.Update, prepared.Changes is null ? prepared.Settled : steps.Applied(prepared)));
                }
                else if (prepared.IsTurn && !TurnSteps.IsDiskFailure(error))
                {
                    settled.Add((prepared.Update, steps.Failed(prepared.Update, error)));
                }
                else
                {
                    // A disk that cannot be written is not the turn's fault: the update is delivered again.
                    steps.LogNotStored(prepared.Update, error);
                    stopped.Add(prepared.Update.User);
                    stored = false;
                }
            }
            catch (Exception recording) when (recording is not OperationCanceledException)
            {
                steps.LogNotStored(prepared.Update, recording);
                stopped.Add(prepared.Update.User);
                stored = false;
            }
            finally
            {
                held.Dispose();
            }
        }

        return again;
    }
}
