using S = HungYen.Bot.Core.Texts.Vi.Seats;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>
/// A seat offered to a waiting delegate is held Conference:SeatOfferHours; then the offer lapses and the seat passes
/// to the next on the waiting list. Planned through the scheduler, so it happens once (the lapse, the person's notice,
/// the office's and the next offer are one commit with its Sent mark) and a restart neither loses nor repeats it.
/// An offer answered in time is no longer planned, and its lapse is cancelled.
/// </summary>
public sealed class SeatOfferExpiry(IRecordStore store, ConferenceSchedule conference, IOptionsMonitor<OfficeOptions> office) : IScheduleSource
{
    public const string Kind = "seat-offer-expiry";

    /// <summary>Who the lapse is recorded as having been made by, in the delegate's history.</summary>
    private const string By = "system:seat-offer-expiry";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public IEnumerable<PlannedMessage> Plan(DateTimeOffset now)
    {
        var hours = TimeSpan.FromHours(conference.Current().SeatOfferHours);
        var all = DelegateDirectory.All(store);
        foreach (var d in all.Where(d => d is { Status: RsvpStatus.Waiting, SeatOfferedAt: not null }))
        {
            if (RecipientOf(d, all) is not { } to)
            {
                continue;
            }

            var due = d.SeatOfferedAt!.Value + hours;
            yield return new PlannedMessage($"{Kind}:{d.Id}:{d.SeatOfferedAt.Value.UtcTicks}", Kind, to, due, due + TimeSpan.FromDays(30))
            {
                Subject = d.Id,
                OwedWhenLate = true, // the seat must pass on even when the bot was down at the due time
            };
        }
    }

    /// <summary>The waiting delegate's current name; none once removed or erased.</summary>
    public string Describe(ScheduledMessage message) =>
        S.OfferExpiryTitle(DelegateDirectory.NameNow(store, message.Subject));

    public IReadOnlyList<OutgoingMessage> Render(ScheduledMessage message, DateTimeOffset now, ChangeSet changes)
    {
        var facts = conference.Current();
        var book = new RsvpBook(store, changes, now, By, office.CurrentValue.NoticeTargets(), facts);
        if (message.Subject is not { } id || book.Find(id) is not { Status: RsvpStatus.Waiting, SeatOfferedAt: { } offeredAt } waiting
            || offeredAt + TimeSpan.FromHours(facts.SeatOfferHours) > now)
        {
            return []; // answered meanwhile, or the offer is a newer one
        }

        book.LapseOffer(waiting);
        book.Commit();
        return [new OutgoingMessage(S.OfferLapsed(waiting.FullName, facts.Title, facts.SeatOfferHours))];
    }

    /// <summary>The account the offer went to: the person's own, else (a substitute not yet in the bot) who sent them.</summary>
    private static ChatAddress? RecipientOf(Delegate d, IReadOnlyList<Delegate> all)
    {
        var owner = d.Addresses.Count == 0 && d.SubstituteFor is { } id ? all.FirstOrDefault(o => o.Id == id) : d;
        return owner is { Addresses.Count: > 0 } ? ChatAddress.Parse(owner.Addresses[^1]) : null;
    }
}
