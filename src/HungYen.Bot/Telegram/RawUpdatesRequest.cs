using System.Text.Json.Serialization;
using global::Telegram.Bot.Requests;

namespace HungYen.Bot.Telegram;

/// <summary>
/// getUpdates answered as raw JSON elements: Telegram.Bot's own GetUpdates deserializes the whole batch at once, so one
/// malformed update (an id or date out of range, a field of the wrong type) would fail every poll, forever.
/// </summary>
public sealed class RawUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    [JsonPropertyName("offset")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Offset { get; init; }

    [JsonPropertyName("limit")]
    public int Limit { get; init; }

    [JsonPropertyName("timeout")]
    public int Timeout { get; init; }

    [JsonPropertyName("allowed_updates")]
    public IReadOnlyList<string> AllowedUpdates { get; init; } = [];
}
