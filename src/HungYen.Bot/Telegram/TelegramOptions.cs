namespace HungYen.Bot.Telegram;

/// <summary>Section "Telegram". The token comes from the environment (Telegram__BotToken) or user-secrets, never a committed file.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    public string? BotToken { get; set; }

    /// <summary>Another Bot API server (e.g. a local telegram-bot-api); empty means api.telegram.org.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Long-poll timeout of getUpdates.</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>Updates fetched per getUpdates call.</summary>
    [Range(1, 100)]
    public int BatchSize { get; set; } = 100;

    public bool IsConfigured => BotApiOptionsRules.IsConfigured(BotToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        BotApiOptionsRules.Check(Section, BotToken, "123456:ABC… from @BotFather", string.IsNullOrWhiteSpace(ApiBaseUrl) ? null : ApiBaseUrl);
}
