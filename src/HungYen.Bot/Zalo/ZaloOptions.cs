namespace HungYen.Bot.Zalo;

public enum ZaloMode
{
    Polling,
    Webhook,
}

/// <summary>Section "Zalo". The token comes from the environment (Zalo__BotToken) or user-secrets, never a committed file.</summary>
public sealed class ZaloOptions : IValidatableObject
{
    public const string Section = "Zalo";

    /// <summary>From Zalo Bot Creator, of the form &lt;bot_id&gt;:&lt;access_token&gt;.</summary>
    public string? BotToken { get; set; }

    public string ApiBaseUrl { get; set; } = "https://bot-api.zaloplatforms.com";

    public ZaloMode Mode { get; set; } = ZaloMode.Polling;

    /// <summary>Sent back by Zalo in the X-Bot-Api-Secret-Token header of every webhook call (8–256 characters).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Long-poll timeout of getUpdates.</summary>
    [Range(1, 60)]
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>The plan's cap of distinct users a month (free Basic plan: 50).</summary>
    [Range(1, 1_000_000)]
    public int MonthlyUserCap { get; set; } = 50;

    /// <summary>The plan's cap of messages a month, both directions counted (free Basic plan: 3,000).</summary>
    [Range(1, 100_000_000)]
    public int MonthlyMessageCap { get; set; } = 3000;

    /// <summary>At this share of a cap the office is warned (once a month per cap).</summary>
    [Range(1, 100)]
    public int WarnAtPercent { get; set; } = 80;

    /// <summary>At this share of a cap reminders and notices are no longer sent on Zalo (answers still are).</summary>
    [Range(1, 100)]
    public int StopBulkAtPercent { get; set; } = 95;

    /// <summary>The longest pause after repeated 429s (an HTML page or "Quota exceeded"); reaching it alerts the office.</summary>
    [Range(1, 3600)]
    public int MaxBackoffSeconds { get; set; } = 300;

    /// <summary>How many times one send is tried when Zalo answers 403 before the person is marked unreachable.</summary>
    [Range(1, 10)]
    public int ForbiddenAttempts { get; set; } = 3;

    public bool IsConfigured => BotApiOptionsRules.IsConfigured(BotToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in BotApiOptionsRules.Check(Section, BotToken, "<bot_id>:<access_token> from Zalo Bot Creator", ApiBaseUrl))
        {
            yield return result;
        }

        if (IsConfigured && Mode == ZaloMode.Webhook && WebhookSecret is not { Length: >= 8 and <= 256 })
        {
            yield return new ValidationResult("Zalo:WebhookSecret must be 8–256 characters in webhook mode (set Zalo__WebhookSecret).", [nameof(WebhookSecret)]);
        }
    }
}
