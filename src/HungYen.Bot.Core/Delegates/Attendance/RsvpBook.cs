using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Attendance;

/// <summary>The substitute's details as the delegate gave them.</summary>
public sealed record SubstituteDetails(string FullName, string Position, string Phone);

/// <summary>
/// Applies answers to the invitation and keeps the seats right: at most Conference:Capacity delegates hold a seat, the
/// rest wait in the order they asked, and a freed seat is offered to the first waiting. Only what an answer needs is
/// read (the delegates it touches, the seat count on the store's index, the waiting list), and changed in memory: seat
/// counts and lists lay this answer's changes over what is stored, so they include the answer being saved.
/// </summary>
/// <remarks>Outside anyone's turn (a scheduled job) its writes and notices go into <paramref name="changes"/>.</remarks>
public sealed class RsvpBook(IRecordReader store, ChangeSet changes, DateTimeOffset now, string by, IReadOnlyList<ChatAddress> office, ConferenceFacts facts)
{
    // Every delegate this answer has read, as changed in memory; null for one removed.
    private readonly Dictionary<string, Delegate?> _known = new(StringComparer.Ordinal);

    // Whether each of them held a seat as stored (a new substitute did not).
    private readonly Dictionary<string, bool> _heldAsStored = new(StringComparer.Ordinal);
    private readonly HashSet<Delegate> _changed = [];

    public RsvpBook(Turn turn, ConferenceFacts facts)
        : this(turn.Store, turn.Changes, turn.Now, turn.User.Address.ToString(), [.. turn.Office.NoticeTargets().Where(t => t != turn.Chat)], facts)
    {
    }

    public Delegate? Find(string id)
    {
        if (_known.TryGetValue(id, out var known))
        {
            return known;
        }

        return store.Find<Delegate>(id) is { } stored ? Track(stored) : null;
    }

    /// <summary>
    /// Seats held: counted on the store's index, with this answer's changes laid over. The answer then holds only if no
    /// other answer was stored meanwhile (two delegates confirming at once, their turns committed together, would both
    /// have counted the last seat free): one refused is run again, and counts the other's seat.
    /// </summary>
    public int SeatsTaken
    {
        get
        {
            changes.ExpectNoneWrittenSinceRead<Delegate>();
            return store.Count<Delegate>(d => d.HoldsSeat)
                + _known.Sum(k => (k.Value is { HoldsSeat: true } ? 1 : 0) - (_heldAsStored.GetValueOrDefault(k.Key) ? 1 : 0));
        }
    }

    /// <summary>
    /// Seats an open-group delegate may take: the capacity less what is still reserved for the other groups
    /// (Conference:ReservedSeats, per group, minus the seats its delegates already hold).
    /// </summary>
    private int CapacityFor(Delegate @delegate)
    {
        if (!MayWait(@delegate) || facts.ReservedSeats is not { Count: > 0 } reserved)
        {
            return facts.Capacity;
        }

        var group = (@delegate.SubstituteFor is { } id && Find(id) is { } original ? original : @delegate).Group;
        var holders = Current(store.Query<Delegate>(d => d.HoldsSeat), d => d.HoldsSeat);
        var held = reserved.Where(r => !string.Equals(r.Key, group, StringComparison.OrdinalIgnoreCase))
            .Sum(r => Math.Max(0, r.Value - holders.Count(d => string.Equals(GroupOf(d), r.Key, StringComparison.OrdinalIgnoreCase))));
        return facts.Capacity - held;
    }

    private string? GroupOf(Delegate d) => d.SubstituteFor is { } id && Find(id) is { } original ? original.Group : d.Group;

    /// <summary>The hall is full for this person: no seat of theirs, none free, and they are someone who may wait.</summary>
    public bool IsFullFor(Delegate @delegate) => !@delegate.HoldsSeat && SeatsTaken >= CapacityFor(@delegate) && MayWait(@delegate);

    /// <summary>
    /// Only delegates of an open group wait (all groups when none is marked open); an awardee, or whoever comes in an
    /// awardee's place, never does.
    /// </summary>
    public bool MayWait(Delegate @delegate)
    {
        var invited = @delegate.SubstituteFor is { } id && Find(id) is { } original ? original : @delegate;
        if (invited.AwardeeFor is not null)
        {
            return false;
        }

        var open = facts.OpenGroups ?? [];
        return open.Count == 0 || (invited.Group is { } group && open.Contains(group, StringComparer.OrdinalIgnoreCase));
    }

    public void Attend(Delegate @delegate)
    {
        RemoveSubstitute(@delegate);
        if (@delegate.HoldsSeat || SeatsTaken < CapacityFor(@delegate) || !MayWait(@delegate))
        {
            @delegate.Answer(RsvpStatus.Attending, now, by);
        }
        else if (@delegate.Status != RsvpStatus.Waiting)
        {
            @delegate.Answer(RsvpStatus.Waiting, now, by);
            NotifyOffice(T.OfficeWaiting(@delegate.FullName, @delegate.Organization, WaitingPosition(@delegate)));
        }

        Changed(@delegate);
    }

    /// <summary>A waiting delegate (or substitute) takes the seat held for them, or any seat still free.</summary>
    public void AcceptSeat(Delegate waiting)
    {
        if (waiting.HoldsSeat || SeatsTaken < facts.Capacity)
        {
            waiting.Answer(RsvpStatus.Attending, now, by);
            Changed(waiting);
        }
    }

    public void Decline(Delegate @delegate, string? reason)
    {
        RemoveSubstitute(@delegate);
        @delegate.Answer(RsvpStatus.Declined, now, by, reason);
        NotifyOffice(Texts.Vi.Seats.OfficeDeclined(@delegate.FullName, @delegate.Organization, reason));
        Changed(@delegate);
    }

    /// <summary>Sends <paramref name="details"/> in the delegate's place; the substitute takes the delegate's seat, or waits.</summary>
    public Delegate Substitute(Delegate @delegate, SubstituteDetails details)
    {
        var hadSeat = @delegate.HoldsSeat || (@delegate.SubstitutedBy is { } id && Find(id) is { HoldsSeat: true });
        var substitute = @delegate.SubstitutedBy is { } existing && Find(existing) is { } known
            && (known.CheckedInAt is null || known.Phone == details.Phone) ? known : NewSubstitute(@delegate); // a checked-in substitute is never overwritten
        if (substitute.Phone.Length > 0 && substitute.Phone != details.Phone)
        {
            // Another person now goes: the previous substitute's link, codes and QR stop working.
            substitute.Token = DelegateCodes.NewToken();
            substitute.InviteCode = DelegateCodes.NewShortCode();
            substitute.CheckInCode = DelegateCodes.NewShortCode();
            substitute.Addresses.Clear();
        }

        substitute.FullName = details.FullName;
        substitute.Position = details.Position;
        substitute.Phone = details.Phone;
        substitute.Organization = @delegate.Organization;
        substitute.Group = @delegate.Group;

        @delegate.Answer(RsvpStatus.Substituted, now, by);
        @delegate.SubstitutedBy = substitute.Id;
        if (!substitute.HoldsSeat)
        {
            if (hadSeat || SeatsTaken < CapacityFor(substitute) || !MayWait(substitute))
            {
                substitute.Answer(RsvpStatus.Attending, now, by);
            }
            else
            {
                substitute.Answer(RsvpStatus.Waiting, now, by);
                NotifyOffice(T.OfficeWaiting(substitute.FullName, substitute.Organization, WaitingPosition(substitute)));
            }
        }

        NotifyOffice(T.OfficeSubstitute(@delegate.FullName, @delegate.Organization, substitute.FullName, substitute.Position, substitute.Phone));
        Changed(@delegate);
        Changed(substitute);
        return substitute;
    }

    /// <summary>
    /// The office takes a delegate off the list: their substitute goes with them; a removed substitute sends the
    /// invitation back to who sent them, unanswered. Their seat is freed for the waiting list at <see cref="Commit"/>.
    /// </summary>
    public void Remove(Delegate @delegate)
    {
        RemoveSubstitute(@delegate);
        if (@delegate.SubstituteFor is { } id && Find(id) is { } original)
        {
            original.Answer(RsvpStatus.Pending, now, by);
            Changed(original);
        }

        Forget(@delegate);
    }

    /// <summary>Position in the waiting queue, counting from 1.</summary>
    public int WaitingPosition(Delegate @delegate) =>
        Waiting().TakeWhile(d => d.Id != @delegate.Id).Count() + 1;

    /// <summary>Offers every freed seat to the earliest waiting delegates, then writes what changed.</summary>
    public void Commit()
    {
        // In queue order, while a seat is free for that person (seats reserved for other groups stay reserved); a held
        // offer counts as a taken seat.
        foreach (var next in Waiting().Where(d => d.SeatOfferedAt is null).ToList())
        {
            if (SeatsTaken >= CapacityFor(next))
            {
                continue;
            }

            next.SeatOfferedAt = now;
            Changed(next);
            NotifyOffice(T.OfficeSeatOffered(next.FullName, next.Organization));
            var offer = new OutgoingMessage(T.SeatFreed(next.FullName, facts.Title) + "\n" + Texts.Vi.Seats.OfferHeld(facts.SeatOfferHours))
            {
                Choices = [new Choice(Texts.Vi.Seats.AcceptOfferButton, TakeSeatCommand.AcceptData), new Choice(Texts.Vi.Seats.RefuseOfferButton, TakeSeatCommand.RefuseData)],
            };
            foreach (var address in ContactsOf(next))
            {
                changes.Send(address, offer, now, bulk: true);
            }
        }

        foreach (var record in _changed)
        {
            changes.Upsert(record);
        }
    }

    /// <summary>
    /// The seat held for a waiting delegate was not taken in time (Conference:SeatOfferHours): it is given up as a
    /// decline, the office is told, and <see cref="Commit"/> offers it to the next on the list.
    /// </summary>
    public void LapseOffer(Delegate waiting)
    {
        if (waiting is not { Status: RsvpStatus.Waiting, SeatOfferedAt: not null })
        {
            throw new InvalidOperationException($"Delegate {waiting.Id} holds no seat offer.");
        }

        waiting.Answer(RsvpStatus.Declined, now, by, Delegate.OfferLapsed);
        NotifyOffice(Texts.Vi.Seats.OfficeOfferLapsed(waiting.FullName, waiting.Organization, facts.SeatOfferHours));
        Changed(waiting);
    }

    /// <summary>
    /// Where to reach a delegate: their own accounts; a substitute who has not yet reached the bot, through the accounts
    /// of who sent them (once the substitute has claimed their own code, only their own).
    /// </summary>
    public IEnumerable<ChatAddress> ContactsOf(Delegate @delegate)
    {
        var owner = @delegate.SubstituteFor is { } id && @delegate.Addresses.Count == 0 ? Find(id) : @delegate;
        return owner?.Addresses.Select(a => ChatAddress.Parse(a)) ?? [];
    }

    private IEnumerable<Delegate> Waiting()
    {
        changes.ExpectNoneWrittenSinceRead<Delegate>(); // the order of the waiting list, as SeatsTaken's count
        return Current(store.Query<Delegate>(d => d.Status == RsvpStatus.Waiting), d => d.Status == RsvpStatus.Waiting)
            .OrderBy(d => d.WaitingSince).ThenBy(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// The delegates that match <paramref name="matches"/> as this answer leaves them: those the store found (read by
    /// a query on the same condition), each replaced by its changed self, and those changed in memory that match now.
    /// </summary>
    private List<Delegate> Current(IReadOnlyList<Delegate> stored, Func<Delegate, bool> matches)
    {
        var result = new List<Delegate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var found in stored)
        {
            seen.Add(found.Id);
            var current = _known.TryGetValue(found.Id, out var known) ? known : Track(found);
            if (current is not null && matches(current))
            {
                result.Add(current);
            }
        }

        result.AddRange(_known.Values.OfType<Delegate>().Where(d => !seen.Contains(d.Id) && matches(d)));
        return result;
    }

    private Delegate Track(Delegate @delegate)
    {
        _known[@delegate.Id] = @delegate;
        _heldAsStored[@delegate.Id] = @delegate.HoldsSeat;
        return @delegate;
    }

    /// <summary>Takes a delegate off the list: deleted at commit, and gone from every count and list of this answer.</summary>
    private void Forget(Delegate @delegate)
    {
        _known[@delegate.Id] = null;
        _changed.Remove(@delegate);
        changes.Delete<Delegate>(@delegate.Id);
    }

    private Delegate NewSubstitute(Delegate original)
    {
        var substitute = new Delegate
        {
            Id = DelegateIds.Next(store),
            SubstituteFor = original.Id,
            Token = DelegateCodes.NewToken(),
            InviteCode = DelegateCodes.NewShortCode(),
            CheckInCode = DelegateCodes.NewShortCode(),
            ImportedAt = now,
        };
        return Track(substitute);
    }

    private void RemoveSubstitute(Delegate @delegate)
    {
        if (@delegate.SubstitutedBy is { } id && Find(id) is { } substitute)
        {
            if (substitute.CheckedInAt is not null)
            {
                // The substitute came and was checked in: a fact, never dropped. The record stays, still linked to who
                // sent them, with its check-in; the original's own answer changes beside it (and is kept in History).
                NotifyOffice(T.OfficeSubstituteKeptCheckedIn(@delegate.FullName, substitute.FullName));
                return;
            }

            Forget(substitute);
            NotifyOffice(T.OfficeSubstituteWithdrawn(@delegate.FullName, substitute.FullName));
        }
    }

    private void Changed(Delegate @delegate) => _changed.Add(@delegate);

    private void NotifyOffice(string text)
    {
        foreach (var target in office)
        {
            changes.Send(target, new OutgoingMessage(text), now, bulk: true);
        }
    }
}
