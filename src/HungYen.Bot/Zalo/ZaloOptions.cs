using System.ComponentModel.DataAnnotations;

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

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && !BotToken!.Contains(':', StringComparison.Ordinal))
        {
            yield return new ValidationResult("Zalo:BotToken is not a bot token (expected the form <bot_id>:<access_token> from Zalo Bot Creator).", [nameof(BotToken)]);
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"Zalo:ApiBaseUrl '{ApiBaseUrl}' is not an absolute URL.", [nameof(ApiBaseUrl)]);
        }

        if (IsConfigured && Mode == ZaloMode.Webhook && WebhookSecret is not { Length: >= 8 and <= 256 })
        {
            yield return new ValidationResult("Zalo:WebhookSecret must be 8–256 characters in webhook mode (set Zalo__WebhookSecret).", [nameof(WebhookSecret)]);
        }
    }
}
