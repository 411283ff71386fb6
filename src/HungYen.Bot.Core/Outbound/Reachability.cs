namespace HungYen.Bot.Core.Outbound;

/// <summary>A recipient the channel refused (Telegram 403). Cleared when the person writes to the bot again.</summary>
public sealed class Reachability : Record
{
    public bool Unreachable { get; set; }

    public string? Reason { get; set; }

    /// <summary>Why, as a code the office's summary words (<see cref="Texts.Vi.Reach.Why"/>); null: the general reason of its header.</summary>
    public ReachProblem? Problem { get; set; }

    /// <summary>The channel's error code when the notice template was tried too and refused.</summary>
    public int? NoticeRefusedCode { get; set; }

    /// <summary>
    /// Records written before <see cref="Problem"/> kept the office's sentence itself: still read and shown as it was,
    /// never written now.
    /// </summary>
    public string? OfficeReason { get; set; }

    /// <summary>Why, as the office reads it; null: the general reason of the summary's header.</summary>
    public string? OfficeSentence => Problem is { } problem ? Texts.Vi.Reach.Why(problem, NoticeRefusedCode) : OfficeReason;

    public DateTimeOffset Since { get; set; }
}
