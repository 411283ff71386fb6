using P = HungYen.Bot.Core.Texts.Vi.PersonalDataSections;

namespace HungYen.Bot.Core.Delegates;

/// <summary>
/// What the invitation list keeps about a delegate. Erasing on request unbinds the chat account and removes the phone
/// number and notes; the name, position and body stay on the office's invitation list, and the office is told.
/// After the retention period every delegate's phone number, chat accounts and free-text notes are purged.
/// </summary>
public sealed class DelegatesPersonalData(IRecordStore store) : IPersonalDataSource, IRetentionPolicy
{
    public PersonalData? Collect(ChatAddress person, Turn turn)
    {
        var mine = Bound(turn.Store, person).ToList();
        if (mine.Count == 0)
        {
            return null;
        }

        var lines = mine.Select(d => P.Delegate(d.FullName, d.Position, d.Organization, d.Phone, Texts.Vi.Delegates.StatusName(d.Status), d.Note)).ToList();
        return new PersonalData(P.Delegates, lines, mine.Select(d => new { d.FullName, d.Position, d.Organization, d.Phone, d.Group, d.Note, d.Status, DeclineReason = Texts.Vi.Seats.DeclineReason(d.DeclineReason), d.CheckedInAt }));
    }

    public IReadOnlyList<string> Erase(ChatAddress person, Turn turn)
    {
        var lines = new List<string>();
        foreach (var d in Bound(turn.Store, person))
        {
            d.Addresses.Remove(person.ToString());
            d.Phone = "";
            d.Note = null;
            d.DeclineReason = null;
            d.ErasedAt = turn.Now;
            turn.Changes.Upsert(d);
            ForgetStoredTitles(turn, d);
            lines.Add(P.DelegateErased(d.FullName, d.Organization, Texts.Vi.Delegates.StatusName(d.Status)));
        }

        return lines;
    }

    public IReadOnlyList<string> Purge(DateTimeOffset now, ChangeSet changes)
    {
        var all = store.Query<Delegate>();
        foreach (var d in all)
        {
            d.Phone = "";
            d.Addresses.Clear();
            d.Note = null;
            d.DeclineReason = null;
            changes.Upsert(d);
        }

        return [P.DelegatesPurged(all.Count)];
    }

    /// <summary>
    /// The delegate's scheduled messages written before titles were worded when shown hold a sentence with the name: it
    /// is cleared, so the listing words them afresh, without the name.
    /// </summary>
    private static void ForgetStoredTitles(Turn turn, Delegate d)
    {
        foreach (var message in turn.Store.Query<ScheduledMessage>(m => m.Subject == d.Id).Where(m => m.Title is not null && m.Kind is Reminders.DelegateReminders.Kind or SeatOfferExpiry.Kind))
        {
            message.Title = null;
            turn.Changes.Upsert(message);
        }
    }

    private static IEnumerable<Delegate> Bound(IRecordReader store, ChatAddress person) =>
        DelegateDirectory.ByAddress(store, person) is { } found ? [found] : [];
}
