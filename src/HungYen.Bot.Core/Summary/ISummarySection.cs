namespace HungYen.Bot.Core.Summary;

/// <summary>One part of the office's daily summary, written by the feature that owns the data.</summary>
public sealed record SummaryPart(int Order, string Text)
{
    /// <summary>A workbook or other file to attach.</summary>
    public OutgoingFile? Attachment { get; init; }

    /// <summary>The text without names or phone numbers, for a summary chat that is a group; null when the text has none.</summary>
    public string? SharedText { get; init; }
}

/// <summary>A feature's contribution to the daily summary.</summary>
public interface ISummarySection
{
    /// <param name="since">When the previous summary went out (null for the first): what changed after it is "new".</param>
    /// <param name="now">The summary's moment.</param>
    SummaryPart? Write(DateTimeOffset? since, DateTimeOffset now);
}
