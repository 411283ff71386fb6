namespace HungYen.Bot.Core.Storage;

/// <summary>An update whose handling threw: kept for the office's technician, never retried endlessly.</summary>
public sealed class FailedUpdate : Record
{
    public string User { get; set; } = "";

    public string? Text { get; set; }

    public string Error { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
