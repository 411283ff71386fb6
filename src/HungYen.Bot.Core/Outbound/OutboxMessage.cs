namespace HungYen.Bot.Core.Outbound;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
    Unreachable,
}

/// <summary>
/// A message waiting to go out (or gone). Written in the same transaction as the turn that caused it, so a crash
/// never loses a reply; sent in <see cref="Sequence"/> order per chat.
/// </summary>
public sealed class OutboxMessage : Record
{
    /// <summary>Assigned by the store at commit; orders messages.</summary>
    [Indexed]
    public long Sequence { get; set; }

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    public string Text { get; set; } = "";

    public List<Choice> Choices { get; set; } = [];

    public bool RequestContact { get; set; }

    /// <summary>Id of a <see cref="StoredFile"/> to attach.</summary>
    public string? FileId { get; set; }

    public bool FileIsPhoto { get; set; }

    /// <summary>The file carries no personal data (<see cref="OutgoingFile.CarriesPersonalData"/>): its link may live longer.</summary>
    public bool FileIsPublic { get; set; }

    /// <summary>When set, the message with this id is edited instead of a new one sent.</summary>
    public string? EditMessageId { get; set; }

    /// <summary>Bulk messages (reminders, notices) keep at least the per-chat interval between them.</summary>
    public bool Bulk { get; set; }

    /// <remarks>
    /// Not indexed: every sent mark would move the index (issue 20). The store finds the pending messages at start from
    /// the oldest sequence that may still be pending, by <see cref="Sequence"/>'s index.
    /// </remarks>
    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>Parts of a split text already delivered; a retry goes on from the next one instead of repeating them.</summary>
    public int PartsSent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? NotBefore { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }

    public ChatAddress To => new(Channel, ChatId);

    public static OutboxMessage For(ChatAddress to, OutgoingMessage message, DateTimeOffset now, bool bulk = false, string? fileId = null) => new()
    {
        Channel = to.Channel,
        ChatId = to.Id,
        Text = message.Text,
        Choices = [.. message.Choices],
        RequestContact = message.RequestContact,
        FileId = fileId,
        FileIsPhoto = message.File?.IsPhoto ?? false,
        FileIsPublic = message.File is { CarriesPersonalData: false },
        Bulk = bulk,
        CreatedAt = now,
    };
}
