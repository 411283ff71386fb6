namespace HungYen.Bot.Core.Conversations;

/// <summary>
/// Opens a turn for an update (input cleaned, the person's session loaded once, who they are resolved, a recipient who
/// writes again made reachable) and closes it: the session saved, or discarded, on the turn's one change set, which then
/// carries the update's key. Committing that change set is the turn runner's alone.
/// </summary>
public sealed class TurnFactory(
    IRecordStore store,
    ParticipantResolver participants,
    ChannelRegistry channels,
    TimeProvider clock,
    IOptionsMonitor<OfficeOptions> office)
{
    public Turn Open(IncomingUpdate update)
    {
        update = CleanInput.Of(update);
        var stamp = store.WriteStamp; // before anything is read: what the turn decides is based on what was stored then
        var session = store.Find<ConversationSession>(update.User.ToString()) ?? ConversationSession.New(update.User);
        var participant = participants.Resolve(update.User, update.DisplayName);
        var turn = new Turn(update, participant, session, store, clock, office.CurrentValue, channels.Find(update.Chat.Channel));
        turn.Changes.ReadStamp = stamp;
        if (store.Find<Reachability>(update.Chat.ToString()) is { Unreachable: true })
        {
            turn.Changes.Delete<Reachability>(update.Chat.ToString()); // they wrote to us: reachable again
        }

        return turn;
    }

    public static ChangeSet Close(Turn turn)
    {
        turn.Session.UpdatedAt = turn.Now;
        if (turn.DiscardSession)
        {
            turn.Changes.Delete<ConversationSession>(turn.Session.Id);
        }
        else
        {
            turn.Changes.Upsert(turn.Session);
        }

        turn.Changes.ProcessedUpdateKey = turn.Update.UpdateKey;
        return turn.Changes;
    }
}
