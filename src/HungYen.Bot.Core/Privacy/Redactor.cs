namespace HungYen.Bot.Core.Privacy;

/// <summary>
/// Takes secrets and personal identifiers out of text before it is logged or stored as an error: every configured
/// secret (bot tokens, signing keys, also URL-encoded, and the secret half of a Telegram token on its own), tokens
/// learnt while running (a Zalo OA access token), phone numbers, and chat or user ids written as URL parameters, which
/// proxies and APIs echo back in their error messages.
/// </summary>
public sealed partial class Redactor
{
    public const string Mask = "***";

    private readonly ConcurrentDictionary<string, byte> _secrets = new(StringComparer.Ordinal);

    public Redactor(IEnumerable<string?> secrets)
    {
        foreach (var secret in secrets)
        {
            Remember(secret);
        }
    }

    /// <summary>For code built without configuration (tests of one class): personal identifiers only.</summary>
    public static Redactor None { get; } = new([]);

    /// <summary>Adds a secret learnt while running (a refreshed access token).</summary>
    public void Remember(string? secret)
    {
        // A secret shorter than this would mask ordinary words; none of ours is.
        if (string.IsNullOrEmpty(secret) || secret.Length < 8)
        {
            return;
        }

        _secrets.TryAdd(secret, 0);
        _secrets.TryAdd(Uri.EscapeDataString(secret), 0);
        if (secret.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && secret.Length - colon - 1 >= 16)
        {
            _secrets.TryAdd(secret[(colon + 1)..], 0); // Telegram's "id:secret": the secret half alone is the secret
        }
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        foreach (var secret in _secrets.Keys.OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = IdParameter().Replace(text, m => m.Groups["name"].Value + "=" + Mask);
        return PhoneNumber().Replace(text, Mask);
    }

    /// <summary>An exception as one line for a log or a stored error: its type and redacted message.</summary>
    public string Describe(Exception error) => error.GetType().Name + ": " + Redact(error.Message);

    /// <summary>An exception in full (stack trace, inner exceptions), redacted: for stored errors the technician reads.</summary>
    public string Full(Exception error) => Redact(error.ToString());

    [GeneratedRegex(@"(?<name>\b(?:chat_id|user_id|recipient|phone|phone_number|to))=[^&\s""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex IdParameter();

    // Vietnamese mobile numbers as people write them: 0… or +84/84…, with spaces or dots between the digits.
    [GeneratedRegex(@"(?<![\d\w])(?:\+?84|0)[35789](?:[ .]?\d){8}(?![\d\w])")]
    private static partial Regex PhoneNumber();
}
