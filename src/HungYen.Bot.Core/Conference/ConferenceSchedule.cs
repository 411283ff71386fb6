namespace HungYen.Bot.Core.Conference;

/// <summary>
/// The Hội nghị's current facts: what the office set in chat (<see cref="ConferenceOverride"/>) over configuration.
/// Date, time and venue are not known when invitations start, so every reader asks here rather than the options.
/// </summary>
public sealed class ConferenceSchedule(IRecordStore store, IOptionsMonitor<ConferenceOptions> options)
{
    public ConferenceFacts Current()
    {
        var configured = options.CurrentValue;
        var stored = store.Find<ConferenceOverride>(ConferenceOverride.SingleId);
        return new ConferenceFacts(
            configured.Title,
            stored?.Start ?? configured.Start,
            string.IsNullOrWhiteSpace(stored?.Venue) ? NullIfBlank(configured.Venue) : stored.Venue,
            configured.RsvpDeadline,
            configured.Capacity,
            stored?.Sequence ?? 0,
            configured.OpenGroups,
            configured.ReservedSeats,
            configured.SeatOfferHours);
    }

    /// <summary>The stored override, or a new one to change and upsert.</summary>
    public ConferenceOverride Override() => store.Find<ConferenceOverride>(ConferenceOverride.SingleId) ?? new ConferenceOverride();

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The Hội nghị as it stands now. Times are local (Bot:TimeZone). Sequence counts the confirmed changes (the .ics SEQUENCE).</summary>
public sealed record ConferenceFacts(string Title, DateTime? Start, string? Venue, DateTime? RsvpDeadline, int Capacity, int Sequence = 0, IReadOnlyList<string>? OpenGroups = null, IReadOnlyDictionary<string, int>? ReservedSeats = null, int SeatOfferHours = 24);

/// <summary>Date, time and venue as the office set them in chat; one record.</summary>
public sealed class ConferenceOverride : Record
{
    public const string SingleId = "conference";

    public ConferenceOverride() => Id = SingleId;

    /// <summary>Local start time.</summary>
    public DateTime? Start { get; set; }

    public string? Venue { get; set; }

    /// <summary>Raised on every confirmed change of date or venue; the calendar entry's SEQUENCE.</summary>
    public int Sequence { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    public string? ChangedBy { get; set; }
}
