namespace HungYen.Bot.Core.Scheduling;

public enum ScheduleStatus
{
    Planned,
    Sent,
    Skipped,
    Cancelled,
}

/// <summary>
/// One planned message (a reminder, the daily summary). Its Id is a stable key chosen by the planner
/// (e.g. "rsvp:3d:&lt;delegate&gt;"), so planning again never creates a twin; it turns Sent in the same transaction
/// that queues the message, so a restart can neither send it twice nor lose it.
/// </summary>
public sealed class ScheduledMessage : Record
{
    /// <summary>What kind of message (the planner's name for it), e.g. "delegate-reminder".</summary>
    public string Kind { get; set; } = "";

    /// <summary>The recipient as "channel:id".</summary>
    public string Recipient { get; set; } = "";

    /// <summary>The record it is about (a delegate, a unit), for the planner's rendering and its title.</summary>
    public string? Subject { get; set; }

    /// <summary>
    /// A small code the planner words the title from, besides the kind and the subject (a reminder's offset key
    /// "72h", the summary's day "2026-11-24"); null when the title needs none.
    /// </summary>
    public string? Detail { get; set; }

    /// <summary>
    /// Null on records written since titles are worded when shown (<see cref="ScheduleTitles"/>, from the kind, the
    /// subject's current name and <see cref="Detail"/>). Records written before hold the Vietnamese sentence itself,
    /// shown as it is until the message is planned again (then it is cleared) or its subject is erased.
    /// </summary>
    public string? Title { get; set; }

    /// <summary>The series it belongs to (<see cref="PlannedMessage.Series"/>); null when it stands alone.</summary>
    public string? Series { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>After this moment the message is no longer useful: if it could not go out by then, it is skipped and reported.</summary>
    public DateTimeOffset LatestUseful { get; set; }

    /// <summary>Whether quiet hours apply (not on the conference day itself).</summary>
    public bool RespectsQuietHours { get; set; } = true;

    [Indexed]
    public ScheduleStatus Status { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// Why it was skipped or cancelled: a <see cref="SkipReason"/> name, worded for the office by the texts. Records
    /// written before it was a code hold the Vietnamese sentence itself, which is shown as it is.
    /// </summary>
    public string? Reason { get; set; }

    /// <summary>When it was due but held back by quiet hours (first seen so); null when never held.</summary>
    public DateTimeOffset? HeldSince { get; set; }

    /// <summary>Whether the office has been told it was skipped.</summary>
    public bool Reported { get; set; }
}
