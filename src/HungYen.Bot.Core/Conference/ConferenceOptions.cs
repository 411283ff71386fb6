namespace HungYen.Bot.Core.Conference;

/// <summary>
/// Section "Conference": the Hội nghị's facts. Date, time and venue are not known when invitations start, so they may be
/// empty; every value is configuration, never code. Times are local (Bot:TimeZone).
/// </summary>
public sealed class ConferenceOptions : IValidatableObject
{
    public const string Section = "Conference";

    [Required]
    public string Title { get; set; } = Texts.Vi.Defaults.ConferenceTitle;

    /// <summary>Local start, e.g. "2026-12-18T08:00". Empty until the office fixes it.</summary>
    public DateTime? Start { get; set; }

    public string? Venue { get; set; }

    /// <summary>Last local moment units may submit or change nominations.</summary>
    public DateTime? NominationDeadline { get; set; }

    /// <summary>Last local moment delegates may answer the invitation.</summary>
    public DateTime? RsvpDeadline { get; set; }

    [Range(1, 100000)]
    public int Capacity { get; set; } = 60;

    /// <summary>
    /// Participant groups whose delegates may be put on the waiting list when the hall is full; everyone else (leaders,
    /// protocol guests) always gets a seat. Empty: every group may wait. Awardees never wait.
    /// </summary>
    public List<string> OpenGroups { get; set; } = [];

    /// <summary>Seats kept per participant group (e.g. "Lãnh đạo UBND tỉnh": 5); delegates of open groups cannot take them.</summary>
    public Dictionary<string, int> ReservedSeats { get; set; } = [];

    /// <summary>How long a freed seat is held for the waiting delegate it is offered to; then it passes to the next.</summary>
    [Range(1, 24 * 30)]
    public int SeatOfferHours { get; set; } = 24;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Start is { } start && NominationDeadline is { } deadline && deadline > start)
        {
            yield return new ValidationResult("Conference:NominationDeadline must be before Conference:Start.", [nameof(NominationDeadline)]);
        }

        if (Start is { } s && RsvpDeadline is { } rsvp && rsvp > s)
        {
            yield return new ValidationResult("Conference:RsvpDeadline must be before Conference:Start.", [nameof(RsvpDeadline)]);
        }
    }
}
