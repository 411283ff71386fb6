namespace HungYen.Bot.Core.Participants;

/// <summary>Section "Office": the Văn phòng Sở, its admins and where its notices go.</summary>
public sealed class OfficeOptions
{
    public const string Section = "Office";

    /// <summary>Admins as "channel:id" (a bare number means Telegram), e.g. "telegram:123456789".</summary>
    public List<string> AdminUserIds { get; set; } = [];

    /// <summary>The chat (a person or a group) that receives notices and the daily summary, as "channel:id".</summary>
    public string? SummaryChatId { get; set; }

    /// <summary>Whether a summary chat that is a group also gets the workbooks and lists with phone numbers (off: not).</summary>
    public bool ExportsToSharedChat { get; set; }

    /// <summary>The office's name as shown to users.</summary>
    public string Name { get; set; } = Texts.Vi.Defaults.OfficeName;

    /// <summary>The office's phone number, given to people who need to call.</summary>
    public string? Phone { get; set; }

    public IReadOnlySet<ChatAddress> Admins() => AdminUserIds.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => ChatAddress.Parse(s)).ToHashSet();

    /// <summary>Where the office's notices go: its summary chat if configured, otherwise every admin.</summary>
    public IReadOnlyList<ChatAddress> NoticeTargets() => SummaryChat() is { } chat ? [chat] : [.. Admins()];

    public ChatAddress? SummaryChat() => string.IsNullOrWhiteSpace(SummaryChatId) ? null : ChatAddress.Parse(SummaryChatId);
}
