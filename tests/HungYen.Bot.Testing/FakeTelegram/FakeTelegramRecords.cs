namespace HungYen.Bot.Testing.FakeTelegram;

/// <summary>An inline button as it went over the wire.</summary>
public sealed record WireButton(string Text, string? CallbackData, bool RequestContact);

/// <summary>A message the bot sent (sendMessage, sendDocument, sendPhoto).</summary>
public sealed record WireMessage(string Method, long ChatId, int MessageId, string Text, IReadOnlyList<IReadOnlyList<WireButton>> Buttons, string? FileName, byte[]? FileContent)
{
    /// <summary>When the fake received it (for latency figures).</summary>
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;

    public bool RequestsContact => Buttons.SelectMany(r => r).Any(b => b.RequestContact);

    public IEnumerable<WireButton> InlineButtons => Buttons.SelectMany(r => r).Where(b => b.CallbackData is not null);

    public string CallbackDataOf(string label) => InlineButtons.First(b => b.Text == label).CallbackData!;
}

/// <summary>An edit of an earlier message.</summary>
public sealed record EditedMessage(long ChatId, int MessageId, string? Text);

/// <summary>An answer to a button press.</summary>
public sealed record CallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert);

/// <summary>A setMyCommands call.</summary>
public sealed record CommandsCall(IReadOnlyList<(string Command, string Description)> Commands, string? ScopeType, long? ScopeChatId, string? LanguageCode);
