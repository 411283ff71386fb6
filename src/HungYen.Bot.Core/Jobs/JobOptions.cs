namespace HungYen.Bot.Core.Jobs;

/// <summary>Section "Jobs": how long the record of a finished background job is kept.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// Days a done or failed job's record (who asked, from which chat, the error) is kept for the office to look into
    /// it; then it is deleted. A queued job is kept until it is done.
    /// </summary>
    [Range(1, 365)]
    public int RetentionDays { get; set; } = 7;
}
