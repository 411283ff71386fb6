namespace HungYen.Bot.Core.Outbound;

/// <summary>Section "Sender": how fast the bot may send.</summary>
public sealed class SenderOptions
{
    public const string Section = "Sender";

    /// <summary>Global messages per second across all chats (Telegram allows about 30).</summary>
    [Range(0.1, 1000000)]
    public double MessagesPerSecond { get; set; } = 25;

    /// <summary>Least time between two bulk messages (reminders, notices) to one chat.</summary>
    [Range(0, 3600)]
    public double BulkIntervalPerChatSeconds { get; set; } = 1;

    /// <summary>How many bulk messages (reminders, notices) a channel sends at once; a reply never waits for these.</summary>
    [Range(1, 64)]
    public int MaxParallelChats { get; set; } = 4;

    /// <summary>Attempts before a message is marked failed (429s are waited out and do not count).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;
}
