using HungYen.Bot.Core.Storage;

namespace HungYen.Bot.Core.Outbound;

/// <summary>A recipient the channel refused (Telegram 403). Cleared when the person writes to the bot again.</summary>
public sealed class Reachability : Record
{
    public bool Unreachable { get; set; }

    public string? Reason { get; set; }

    /// <summary>Why, in Vietnamese, as the office's summary shows it; null: the general reason of its header.</summary>
    public string? OfficeReason { get; set; }

    public DateTimeOffset Since { get; set; }
}
