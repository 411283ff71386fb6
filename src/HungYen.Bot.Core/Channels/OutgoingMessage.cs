namespace HungYen.Bot.Core.Channels;

/// <summary>What the bot says: text, optional choices, optional file, optional request for the phone contact.</summary>
public sealed record OutgoingMessage(string Text)
{
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>Asks the person to share their phone number (Telegram's contact button; a typed number elsewhere).</summary>
    public bool RequestContact { get; init; }

    public OutgoingFile? File { get; init; }

    /// <summary>A reminder or notice to many people (not an answer): a channel near its quota may refuse it.</summary>
    public bool Bulk { get; init; }
}

/// <summary>One answer the person may pick: a button on Telegram, a numbered line on the console and Zalo.</summary>
public sealed record Choice(string Label, string Data);

/// <summary>A file to send. Photos are shown inline where the channel can.</summary>
public sealed record OutgoingFile(string FileName, byte[] Content, bool IsPhoto = false)
{
    /// <summary>The file's id in the store, when it is stored: channels without a file API send a download link to it.</summary>
    public string? StoredFileId { get; init; }

    /// <summary>
    /// Whether the file may carry personal data (the default: exports, lists, packs, a person's data), so that a download
    /// link to it is short-lived. Only a file known to carry none (the conference's calendar entry) says false.
    /// </summary>
    public bool CarriesPersonalData { get; init; } = true;
}
