namespace HungYen.Bot.Core.Scheduling;

/// <summary>A message a planner wants sent at a time.</summary>
public sealed record PlannedMessage(string Key, string Kind, ChatAddress Recipient, DateTimeOffset DueAt, DateTimeOffset LatestUseful)
{
    /// <summary>The record it is about (a delegate's id, a unit's code): its current name goes into the title when shown.</summary>
    public string? Subject { get; init; }

    /// <summary>A small code the title needs besides the kind and the subject (<see cref="ScheduledMessage.Detail"/>); never a sentence or a name.</summary>
    public string? Detail { get; init; }

    public bool RespectsQuietHours { get; init; } = true;

    /// <summary>
    /// Still owed when first planned after its due time (the retention purge of a conference dated in the past): it runs
    /// late, once. Other messages first seen more than a few minutes late were never owed and are not created.
    /// </summary>
    public bool OwedWhenLate { get; init; }

    /// <summary>
    /// Messages of one series (e.g. the reminders of one delegate): when several are due at once after downtime or quiet
    /// hours, only the latest goes out. Null: the message stands alone.
    /// </summary>
    public string? Series { get; init; }
}

/// <summary>
/// A feature's planner: says which messages should exist now (from the current data and configuration), and renders
/// one when it falls due. Planning runs again and again: a moved conference moves what has not been sent.
/// </summary>
public interface IScheduleSource
{
    /// <summary>The kinds this source plans; messages of these kinds no longer planned are cancelled.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    IEnumerable<PlannedMessage> Plan(DateTimeOffset now);

    /// <summary>
    /// The messages to send now, or none when the message is no longer needed (e.g. the delegate answered meanwhile).
    /// Writes a job makes (a purge) go into <paramref name="changes"/>, committed with the message and its Sent mark.
    /// </summary>
    IReadOnlyList<OutgoingMessage> Render(ScheduledMessage message, DateTimeOffset now, Storage.ChangeSet changes);

    /// <summary>
    /// The office's short Vietnamese title of a message of this source (/lich, the skipped-messages report), worded now
    /// from its codes and the subject's current name; a subject no longer there (removed, erased) gets a neutral wording.
    /// </summary>
    string Describe(ScheduledMessage message);
}
