namespace HungYen.Bot.Core.Jobs;

public enum JobStatus
{
    Queued,
    Done,
    Failed,
}

/// <summary>
/// Slow work a turn asked for (an export of many files, a large workbook), stored with the turn's "đang xử lý" reply
/// so that it runs outside every person's turn (issue 14, point 6). The <see cref="JobRunner"/> commits its result and
/// this record's final status together, so across a crash a job is neither lost nor done twice.
/// </summary>
public sealed class BackgroundJob : Record
{
    /// <summary>The <see cref="IJobWork.Kind"/> that does it.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Where the result goes: the chat of the person who asked for the work.</summary>
    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    /// <summary>What exactly was asked (the command's arguments): two jobs of one kind, chat and arguments are the same request.</summary>
    public string Arguments { get; set; } = "";

    /// <summary>A stored file the job reads (an uploaded list); deleted with the job's final commit, done or failed.</summary>
    public string? FileId { get; set; }

    [Indexed]
    public JobStatus Status { get; set; }

    public DateTimeOffset QueuedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why it failed, redacted, for the logs and the office; the person is told in Vietnamese.</summary>
    public string? Error { get; set; }

    public ChatAddress To => new(Channel, ChatId);
}
