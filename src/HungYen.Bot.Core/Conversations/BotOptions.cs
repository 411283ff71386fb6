namespace HungYen.Bot.Core.Conversations;

/// <summary>Section "Bot": general behaviour.</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string Section = "Bot";

    /// <summary>IANA time zone every date and time is shown in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>The bot's public username, used to build t.me deep links (without @).</summary>
    public string? Username { get; set; }

    /// <summary>
    /// Where the web chat's links start, e.g. "https://bot.example.gov.vn/w"; set by the host when the web chat is on
    /// (from Web:PublicBaseUrl), null otherwise.
    /// </summary>
    public string? WebChatUrl { get; set; }

    public TimeZoneInfo GetTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone ?? "", out _))
        {
            yield return new ValidationResult($"Bot:TimeZone '{TimeZone}' is not a known time zone (expected e.g. Asia/Ho_Chi_Minh).", [nameof(TimeZone)]);
        }
    }
}
