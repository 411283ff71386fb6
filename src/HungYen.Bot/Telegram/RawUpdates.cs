using global::Telegram.Bot;
using global::Telegram.Bot.Types;

namespace HungYen.Bot.Telegram;

/// <summary>A getUpdates batch read one update at a time: an update that cannot be read is logged and skipped past.</summary>
public static class RawUpdates
{
    public static Batch Read(IReadOnlyList<JsonElement> raw, ILogger logger)
    {
        var updates = new List<IncomingUpdate>();
        long? last = null;
        foreach (var element in raw)
        {
            long? id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("update_id", out var idElement) && idElement.TryGetInt64(out var parsed) ? parsed : null;
            if (id is { } known)
            {
                last = Math.Max(last ?? known, known);
            }

            var key = $"{TelegramChannel.ChannelName}:{id?.ToString(CultureInfo.InvariantCulture) ?? "?"}";
            try
            {
                var update = element.Deserialize<Update>(JsonBotAPI.Options);
                if (update is not null && TelegramUpdateMapper.Map(update) is { } mapped)
                {
                    updates.Add(mapped);
                }
            }
            catch (Exception error) when (error is JsonException or FormatException or OverflowException or InvalidOperationException or ArgumentException or NotSupportedException)
            {
                // The content is not logged: it may carry a name or a phone number.
                logger.LogWarning("Update {UpdateKey} could not be read ({Error}); skipped", key, error.GetType().Name);
            }
        }

        return new Batch(updates, last);
    }

    /// <param name="LastId">The highest update_id seen, read or not: the next offset goes past it.</param>
    public sealed record Batch(IReadOnlyList<IncomingUpdate> Updates, long? LastId);
}
