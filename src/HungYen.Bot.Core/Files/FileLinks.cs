namespace HungYen.Bot.Core.Files;

public enum FileLinkCheck
{
    Valid,
    Invalid,
    Expired,
}

/// <summary>
/// Signed download links for stored files, for channels that cannot carry a file (Zalo) or where a link is handier.
/// The signature binds the file, the intended recipient and the expiry, so a link cannot be re-aimed or prolonged.
/// </summary>
public sealed class FileLinks(IOptions<WebOptions> options, TimeProvider clock)
{
    public const string PathPrefix = "/files/";

    public bool CanIssue => options.Value.CanIssueLinks;

    public TimeSpan Lifetime => TimeSpan.FromHours(options.Value.LinkLifetimeHours);

    /// <summary>A link's lifetime: short (Web:PersonalDataLinkLifetimeHours) when the file carries personal data.</summary>
    public TimeSpan LifetimeFor(bool personalData) =>
        personalData ? TimeSpan.FromHours(Math.Min(options.Value.PersonalDataLinkLifetimeHours, options.Value.LinkLifetimeHours)) : Lifetime;

    /// <summary>
    /// A link to <paramref name="fileId"/> that only works for <paramref name="recipient"/> until it expires: a bearer
    /// link (whoever holds it may download the file), so short-lived when the file carries personal data.
    /// </summary>
    public Uri Create(string fileId, ChatAddress recipient, bool personalData = false)
    {
        if (!CanIssue)
        {
            throw new InvalidOperationException("Download links need Web:PublicBaseUrl and Web:LinkSigningKey.");
        }

        var expires = (clock.GetUtcNow() + LifetimeFor(personalData)).ToUnixTimeSeconds();
        var to = recipient.ToString();
        var signature = Sign(fileId, to, expires);
        var baseUrl = options.Value.PublicBaseUrl!.TrimEnd('/');
        var path = string.Join('/', fileId.Split('/').Select(Uri.EscapeDataString)); // stored ids look like "out/…"
        return new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"{baseUrl}{PathPrefix}{path}?to={Uri.EscapeDataString(to)}&exp={expires}&sig={signature}"));
    }

    /// <summary>Checks a link's parts; the signature is compared in constant time before the expiry is looked at.</summary>
    public FileLinkCheck Check(string fileId, string? to, string? expires, string? signature)
    {
        if (!CanIssue || string.IsNullOrEmpty(to) || string.IsNullOrEmpty(signature)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt))
        {
            return FileLinkCheck.Invalid;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(fileId, to, expiresAt));
        var given = Encoding.ASCII.GetBytes(signature);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return FileLinkCheck.Invalid;
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() > expiresAt ? FileLinkCheck.Expired : FileLinkCheck.Valid;
    }

    private string Sign(string fileId, string to, long expires)
    {
        // Newline-separated: none of the parts can contain one, so no two different triples sign the same text.
        var payload = string.Create(CultureInfo.InvariantCulture, $"{fileId}\n{to}\n{expires}");
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.LinkSigningKey!), Encoding.UTF8.GetBytes(payload));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
