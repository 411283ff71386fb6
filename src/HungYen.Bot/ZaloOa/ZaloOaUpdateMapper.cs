namespace HungYen.Bot.ZaloOa;

/// <summary>One webhook event in channel-neutral form, or what else it means.</summary>
public sealed record ZaloOaEvent(string Key, string? UserId, IncomingUpdate? Update, bool Unfollow);

/// <summary>
/// Turns an OA webhook event into the channel-neutral form. The key for exactly-once handling is message.msg_id,
/// else event + user + timestamp. A button press arrives as user_send_text "#c:n" and becomes the typed number n; a
/// follow is a /start; user_submit_info is the shared phone contact. Events the OA sends about itself are ignored.
/// </summary>
public static class ZaloOaUpdateMapper
{
    public static ZaloOaEvent? Map(JsonElement body, string? oaId)
    {
        if (body.ValueKind != JsonValueKind.Object || Text(body, "event_name") is not { } eventName)
        {
            return null;
        }

        var message = Child(body, "message");
        var userId = eventName switch
        {
            "follow" or "unfollow" => Child(body, "follower") is { } f ? Text(f, "id") : null,
            "user_click_chatnow" => Text(body, "user_id"),
            _ => Child(body, "sender") is { } s ? Text(s, "id") : null,
        };
        if (userId is null || userId == oaId || eventName.StartsWith("oa_", StringComparison.Ordinal) || eventName is "user_seen_message" or "user_received_message")
        {
            return null;
        }

        var key = $"{ZaloOaChannel.ChannelName}:" + (message is { } m && Text(m, "msg_id") is { } msgId
            ? msgId
            : $"{eventName}:{userId}:{Text(body, "timestamp")}");
        if (eventName == "unfollow")
        {
            return new ZaloOaEvent(key, userId, null, Unfollow: true);
        }

        var address = new ChatAddress(ZaloOaChannel.ChannelName, userId);
        var update = new IncomingUpdate { UpdateKey = key, User = address, Chat = address };
        update = eventName switch
        {
            "user_send_text" => update with { Text = ChoiceText(message is { } t ? Text(t, "text") : null) },
            "follow" or "user_click_chatnow" => update with { Text = "/start" },
            "user_submit_info" => Child(body, "info") is { } info && Text(info, "phone") is { } phone
                ? update with { Contact = new SharedContact(Phone(phone), userId, Text(info, "name")), DisplayName = Text(info, "name") }
                : update,
            "user_send_file" or "user_send_image" => update with { File = Attachment(message) },
            _ => update,
        };
        return new ZaloOaEvent(key, userId, update, Unfollow: false);
    }

    /// <summary>"849…" as +849…, the form Telegram shares; others as given.</summary>
    private static string Phone(string phone) => phone.StartsWith("84", StringComparison.Ordinal) ? "+" + phone : phone;

    private static string? ChoiceText(string? text) =>
        text is not null && text.StartsWith(ZaloOaChannel.ChoicePrefix, StringComparison.Ordinal) ? text[ZaloOaChannel.ChoicePrefix.Length..] : text;

    private static IncomingFile? Attachment(JsonElement? message)
    {
        if (message is not { } m || !m.TryGetProperty("attachments", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            return null;
        }

        var payload = Child(list[0], "payload");
        return payload is { } p && Text(p, "url") is { } url
            ? new IncomingFile(url, Text(p, "name"), null, long.TryParse(Text(p, "size"), out var size) ? size : null)
            : null;
    }

    private static JsonElement? Child(JsonElement element, string name) =>
        element.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null;
}
