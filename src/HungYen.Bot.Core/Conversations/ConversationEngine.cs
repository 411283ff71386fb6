using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Formats;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.Core.Participants;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Core.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// The turn runner every channel hands its updates to: exactly once (by update key), one at a time per person, input
/// cleaned, the session loaded once and committed once together with everything the turn wrote and sent; a failed
/// turn keeps nothing but its record. What the update <em>means</em> is the <see cref="TurnRouter"/>'s business.
/// </summary>
public sealed class ConversationEngine(
    IRecordStore store,
    TurnRouter router,
    ParticipantResolver participants,
    ChannelRegistry channels,
    CommandMenus menus,
    OutboxSignal signal,
    TimeProvider clock,
    IOptionsMonitor<OfficeOptions> office,
    ILogger<ConversationEngine> logger,
    Privacy.Redactor? redactor = null) : IUpdateSink
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

        await AnswerButtonAsync(update, outcome.Notice).ConfigureAwait(false);
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
        if (store.WasProcessed(update.UpdateKey))
        {
            logger.LogInformation("Update {UpdateKey} was already applied; skipping the re-delivery", update.UpdateKey);
            return new Outcome(false, null, null);
        }

        // issue 14 (who is speaking): only a private chat acts on a person's behalf; groups get at most a pointer.
        if (!PrivateChatGuard.ActsForPerson(update))
        {
            store.Commit(PrivateChatGuard.Refusal(update, clock.GetUtcNow()));
            return new Outcome(true, PrivateChatGuard.ButtonNotice(update), null);
        }

        ChangeSet changes;
        Outcome outcome;
        try
        {
            var turn = CreateTurn(Clean(update));
            await router.RouteAsync(turn, cancellationToken).ConfigureAwait(false);
            turn.Session.UpdatedAt = turn.Now;
            if (turn.DiscardSession)
            {
                turn.Changes.Delete<ConversationSession>(turn.Session.Id);
            }
            else
            {
                turn.Changes.Upsert(turn.Session);
            }

            changes = turn.Changes;
            changes.ProcessedUpdateKey = update.UpdateKey;
            Commit(changes);
            outcome = new Outcome(true, turn.ButtonNotice, changes);
        }
        catch (Exception error) when (error is not OperationCanceledException and not StorageUnavailableException)
        {
            // Nothing of the failed turn is kept; the person is told, the failure recorded, the update not retried.
            logger.LogError("Handling update {UpdateKey} failed: {Error}", update.UpdateKey, error.GetType().Name);
            changes = Failure(update, error);
            try
            {
                store.Commit(changes);
            }
            catch (Exception storeError) when (storeError is not OperationCanceledException)
            {
                // Not even the failure could be stored: the update must not be acknowledged (the channel
                // delivers it again) and nothing is sent, since nothing of this turn was stored.
                throw new StorageUnavailableException(storeError);
            }

            outcome = new Outcome(true, null, null);
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            // Keys and counts only: names, phone numbers and chat ids never go to the log.
            logger.LogDebug("Update {UpdateKey} applied: {Writes} writes, {Messages} messages", update.UpdateKey, changes.Upserts.Count, changes.Outbox.Count);
        }

        return outcome;
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

    private ChangeSet Failure(IncomingUpdate update, Exception error)
    {
        var changes = new ChangeSet { ProcessedUpdateKey = update.UpdateKey };
        changes.Upsert(new FailedUpdate { Id = update.UpdateKey, User = update.User.ToString(), Text = InputText.Clean(update.Text), Error = (redactor ?? Privacy.Redactor.None).Full(error), At = clock.GetUtcNow() });
        changes.Enqueue(OutboxMessage.For(update.Chat, new OutgoingMessage(Vi.InternalError), clock.GetUtcNow()));
        return changes;
    }

    private static IncomingUpdate Clean(IncomingUpdate update) => update with
    {
        Text = InputText.Clean(update.Text),
        DisplayName = InputText.Clean(update.DisplayName),
        Contact = update.Contact is { } c ? c with { PhoneNumber = InputText.Clean(c.PhoneNumber) ?? "", Name = InputText.Clean(c.Name) } : null,
        File = update.File is { } f ? f with { FileName = InputText.Clean(f.FileName) } : null,
    };

    private Turn CreateTurn(IncomingUpdate update)
    {
        var session = store.Find<ConversationSession>(update.User.ToString()) ?? ConversationSession.New(update.User);
        var participant = participants.Resolve(update.User, update.DisplayName);
        var turn = new Turn(update, participant, session, store, clock, office.CurrentValue, channels.Find(update.Chat.Channel));
        if (store.Find<Reachability>(update.Chat.ToString()) is { Unreachable: true })
        {
            turn.Changes.Delete<Reachability>(update.Chat.ToString()); // they wrote to us: reachable again
        }

        return turn;
    }

    private async Task AnswerButtonAsync(IncomingUpdate update, string? notice)
    {
        if (update.Button?.CallbackId is not { } callbackId || channels.Find(update.Chat.Channel) is not { } channel)
        {
            return;
        }

        try
        {
            await channel.AnswerButtonAsync(callbackId, notice, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The answer only stops a spinner; its loss must not fail the committed turn.
            logger.LogWarning("Answering button press failed: {Error}", error.GetType().Name);
        }
    }

    /// <summary>What applying an update left to do once the person's lock is released.</summary>
    /// <param name="Stored">Something was committed (the outbox has work).</param>
    /// <param name="Notice">The notice answering a pressed button.</param>
    /// <param name="Turn">The committed turn's changes (for the command menus), when a turn ran.</param>
    private sealed record Outcome(bool Stored, string? Notice, ChangeSet? Turn);
}
