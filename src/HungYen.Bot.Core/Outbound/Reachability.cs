using HungYen.Bot.Core.Storage;

namespace HungYen.Bot.Core.Outbound;

/// <summary>A recipient the channel refused (Telegram 403). Cleared when the person writes to the bot again.</summary>
public sealed class Reachability : Record
{
    public bool Unreachable { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset Since { get; set; }
}
