namespace HungYen.Bot.Core.Files;

/// <summary>
/// Section "Web": the bot's own small web server (Zalo webhook, file downloads). Off while <see cref="Urls"/> is empty.
/// The signing key comes from the environment (Web__LinkSigningKey) or user-secrets, never a committed file.
/// </summary>
public sealed class WebOptions : IValidatableObject
{
    public const string Section = "Web";

    /// <summary>Where Kestrel listens, e.g. "http://0.0.0.0:8080"; several separated by ";".</summary>
    public string? Urls { get; set; }

    /// <summary>How people reach the server from outside, e.g. "https://bot.example.gov.vn" (links and the webhook use it).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The HMAC key of download links (at least 32 characters).</summary>
    public string? LinkSigningKey { get; set; }

    [Range(1, 24 * 90)]
    public int LinkLifetimeHours { get; set; } = 72;

    /// <summary>How long a link to a file that carries personal data works (exports, lists, a person's data): short.</summary>
    [Range(1, 72)]
    public int PersonalDataLinkLifetimeHours { get; set; } = 2;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Urls);

    /// <summary>Download links can be issued: a public address and a signing key are known.</summary>
    public bool CanIssueLinks => !string.IsNullOrWhiteSpace(PublicBaseUrl) && !string.IsNullOrWhiteSpace(LinkSigningKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl) && !Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"Web:PublicBaseUrl '{PublicBaseUrl}' is not an absolute URL.", [nameof(PublicBaseUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(LinkSigningKey) && LinkSigningKey.Length < 32)
        {
            yield return new ValidationResult("Web:LinkSigningKey is too short: use at least 32 random characters.", [nameof(LinkSigningKey)]);
        }
    }
}
