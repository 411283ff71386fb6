namespace HungYen.Bot.Core.Delegates;

/// <summary>
/// One invited đại biểu (or a substitute sent in someone's place). The phone number is unique among delegates, so
/// importing the list again updates the same record. The personal token and the short invitation code let the person claim the record once.
/// </summary>
public sealed partial class Delegate : Record
{
    public string FullName { get; set; } = "";

    public string Position { get; set; } = "";

    public string Organization { get; set; } = "";

    /// <summary>Normal form, see <see cref="Formats.PhoneNumber"/>.</summary>
    [Indexed]
    public string Phone { get; set; } = "";

    /// <summary>The plan's participant group (thành phần tham dự).</summary>
    public string? Group { get; set; }

    public string? Note { get; set; }

    /// <summary>The ?start= token of the personal link.</summary>
    [Indexed]
    public string Token { get; set; } = "";

    /// <summary>The short code printed on the Giấy mời, for channels without links.</summary>
    [Indexed]
    public string InviteCode { get; set; } = "";

    /// <summary>The code staff enter or scan at the door.</summary>
    [Indexed]
    public string CheckInCode { get; set; } = "";

    /// <summary>Chat addresses ("channel:id") that proved to be this person.</summary>
    [Indexed]
    public List<string> Addresses { get; set; } = [];

    [Indexed]
    public RsvpStatus Status { get; set; } = RsvpStatus.Pending;

    /// <summary>
    /// Why they do not attend: the person's own words, or <see cref="OfferLapsed"/> when the bot declined for them (a
    /// seat offer not taken in time), worded by the texts (<c>Vi.Seats.DeclineReason</c>). Records written before that
    /// code hold the Vietnamese sentence itself, shown as it is.
    /// </summary>
    public string? DeclineReason { get; set; }

    /// <summary>The <see cref="DeclineReason"/> (and history reason) of a seat offer that lapsed.</summary>
    public const string OfferLapsed = "offer-lapsed";

    /// <summary>Set on a substitute: the Id of the delegate they replace.</summary>
    public string? SubstituteFor { get; set; }

    /// <summary>Set on a delegate who sent someone: the substitute's Id.</summary>
    public string? SubstitutedBy { get; set; }

    /// <summary>When the person joined the waiting list; the earliest gets the next free seat.</summary>
    public DateTimeOffset? WaitingSince { get; set; }

    /// <summary>Set when a freed seat is held for this waiting delegate until they confirm.</summary>
    public DateTimeOffset? SeatOfferedAt { get; set; }

    public DateTimeOffset? CheckedInAt { get; set; }

    public string? CheckedInBy { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>When the person erased their data (phone and accounts gone): a re-import of them asks the office first.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public List<RsvpChange> History { get; set; } = [];

    public bool IsBoundTo(ChatAddress address) => Addresses.Contains(address.ToString());

    /// <summary>Whether the person has answered the invitation at all.</summary>
    public bool HasAnswered => Status != RsvpStatus.Pending;

    /// <summary>Holds a seat: attending, or a seat is being offered to them. Stored and indexed: seats are counted on the index.</summary>
    [Indexed]
    public bool HoldsSeat => Status == RsvpStatus.Attending || (Status == RsvpStatus.Waiting && SeatOfferedAt is not null);

    /// <summary>Records a new answer, keeping the previous one in History.</summary>
    public void Answer(RsvpStatus status, DateTimeOffset at, string by, string? reason = null)
    {
        History.Add(new RsvpChange { From = Status, To = status, At = at, By = by, Reason = reason });
        Status = status;
        DeclineReason = status == RsvpStatus.Declined ? reason : null;
        WaitingSince = status == RsvpStatus.Waiting ? WaitingSince ?? at : null;
        if (status != RsvpStatus.Waiting)
        {
            SeatOfferedAt = null;
        }

        if (status != RsvpStatus.Substituted)
        {
            SubstitutedBy = null;
        }
    }
}

public enum RsvpStatus
{
    Pending,
    Attending,
    Declined,
    Substituted,
    Waiting,
}

/// <summary>One change of a delegate's answer: who changed it, when, from what to what.</summary>
public sealed class RsvpChange
{
    public RsvpStatus From { get; set; }

    public RsvpStatus To { get; set; }

    public DateTimeOffset At { get; set; }

    public string By { get; set; } = "";

    public string? Reason { get; set; }
}
