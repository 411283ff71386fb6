namespace HungYen.Bot.Core.Conference;

/// <summary>
/// A change of date or venue the office typed but has not yet confirmed: nothing is saved into the facts and nobody
/// is told until /hoinghi_xacnhan. One record; it lapses after <see cref="Lifetime"/>.
/// </summary>
public sealed class PendingConferenceChange : Record
{
    public const string SingleId = "conference-pending";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public PendingConferenceChange() => Id = SingleId;

    /// <summary>The new local start, or null to keep the current one.</summary>
    public DateTime? Start { get; set; }

    /// <summary>The new venue, or null to keep the current one.</summary>
    public string? Venue { get; set; }

    public DateTimeOffset At { get; set; }

    public string By { get; set; } = "";

    public bool IsLive(DateTimeOffset now) => now - At <= Lifetime;
}
