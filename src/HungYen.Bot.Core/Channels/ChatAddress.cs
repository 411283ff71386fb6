namespace HungYen.Bot.Core.Channels;

/// <summary>
/// Who or where, on which channel. Ids are strings because Zalo's are hex strings; Telegram's numbers are kept as text.
/// </summary>
public readonly record struct ChatAddress(string Channel, string Id)
{
    public override string ToString() => $"{Channel}:{Id}";

    /// <summary>Parses "telegram:123", "zalo:e4ea…" or a bare id, which is taken to be on <paramref name="defaultChannel"/>.</summary>
    public static ChatAddress Parse(string text, string defaultChannel = "telegram")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':');
        return colon > 0
            ? new ChatAddress(trimmed[..colon].ToLowerInvariant(), trimmed[(colon + 1)..])
            : new ChatAddress(defaultChannel, trimmed);
    }
}
