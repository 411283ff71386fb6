namespace HungYen.Bot.Zalo;

/// <summary>
/// Turns a Zalo update into the channel-neutral form. Accepts {"ok":true,"result":{…}} and the bare {event_name, message}.
/// Only text is understood; any other event (image, sticker…) becomes an update with no text, which the engine answers
/// politely. There is no update_id: the message_id is the key for exactly-once handling.
/// </summary>
public static class ZaloUpdateMapper
{
    public const string TextEvent = "message.text.received";

    public static IncomingUpdate? Map(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var update = body.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object ? result : body;
        if (!update.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
            || Text(message, "message_id") is not { } messageId
            || Child(message, "from") is not { } from || Text(from, "id") is not { } userId)
        {
            return null;
        }

        if (from.TryGetProperty("is_bot", out var isBot) && isBot.ValueKind == JsonValueKind.True)
        {
            return null;
        }

        var chatId = Child(message, "chat") is { } chat ? Text(chat, "id") ?? userId : userId;
        var eventName = Text(update, "event_name");
        var text = Text(message, "text");
        var isText = eventName is null ? text is not null : eventName == TextEvent;
        return new IncomingUpdate
        {
            UpdateKey = $"{ZaloChannel.ChannelName}:{messageId}",
            User = new ChatAddress(ZaloChannel.ChannelName, userId),
            Chat = new ChatAddress(ZaloChannel.ChannelName, chatId),
            DisplayName = Text(from, "display_name") ?? Text(from, "first_name"),
            Text = isText ? text : null,
            // Zalo's groups (beta) give chat_type "GROUP": only a private chat acts for the person.
            ChatKind = Child(message, "chat") is { } kind && Text(kind, "chat_type") is { } type && !type.Equals("PRIVATE", StringComparison.OrdinalIgnoreCase)
                ? ChatKind.Group
                : ChatKind.Private,
        };
    }

    private static JsonElement? Child(JsonElement element, string name) =>
        element.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ToString()
            : null;
}
