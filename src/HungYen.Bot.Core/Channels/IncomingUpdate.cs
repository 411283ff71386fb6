namespace HungYen.Bot.Core.Channels;

/// <summary>One thing a person did in a chat, in channel-neutral form.</summary>
public sealed record IncomingUpdate
{
    /// <summary>Unique per channel and update (Telegram update_id, Zalo message_id): the key for exactly-once handling.</summary>
    public required string UpdateKey { get; init; }

    public required ChatAddress Chat { get; init; }

    public required ChatAddress User { get; init; }

    public string? DisplayName { get; init; }

    public string? LanguageCode { get; init; }

    public string? Text { get; init; }

    public ButtonPress? Button { get; init; }

    public SharedContact? Contact { get; init; }

    public IncomingFile? File { get; init; }

    /// <summary>The kind of chat it came from: only a private chat acts on a person's behalf.</summary>
    public ChatKind ChatKind { get; init; } = ChatKind.Private;

    /// <summary>
    /// The sender is not a person of their own: an identity the channel shares between many (Telegram's anonymous group
    /// admin, a channel posting, its service account, any message sent on behalf of a chat).
    /// </summary>
    public bool SharedSender { get; init; }
}

/// <summary>Where an update was written.</summary>
public enum ChatKind
{
    Private,
    Group,
    Channel,
}

/// <summary>A pressed inline button. <see cref="CallbackId"/> must be answered so the client stops spinning.</summary>
public sealed record ButtonPress(string Data, string? MessageId, string? CallbackId);

/// <summary>A phone contact the person shared; <see cref="UserId"/> tells whether it is their own.</summary>
public sealed record SharedContact(string PhoneNumber, string? UserId, string? Name);

/// <summary>A file the person sent; its bytes are fetched from the channel on demand.</summary>
public sealed record IncomingFile(string FileId, string? FileName, string? MimeType, long? Size);
