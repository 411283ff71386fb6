namespace HungYen.Bot.Core.Delegates;

/// <summary>
/// The secrets that let a delegate claim their record. The link token carries 128 random bits (base64url, fits
/// Telegram's 64-character start parameter); the invitation code is short enough to type from paper and avoids
/// characters people confuse (0/O, 1/I/L).
/// </summary>
public static class DelegateCodes
{
    /// <summary>Prefix of link tokens, so the handler knows a mistyped token is meant for it.</summary>
    public const string TokenPrefix = "dm-";

    /// <summary>Prefix of check-in codes inside a QR link.</summary>
    public const string CheckInPrefix = "ci-";

    public const int InviteCodeLength = 8;

    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string NewToken() =>
        TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string NewShortCode() => RandomNumberGenerator.GetString(Alphabet, InviteCodeLength);

    /// <summary>A typed code in its stored form: upper case, spaces (non-breaking too) and dashes of every kind dropped.</summary>
    public static string NormalizeShortCode(string typed) =>
        new([.. typed.Where(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.DashPunctuation).Select(char.ToUpperInvariant)]);

    /// <summary>Whether the text is shaped like a short code (it may still belong to nobody).</summary>
    public static bool LooksLikeShortCode(string typed)
    {
        var code = NormalizeShortCode(typed);
        return code.Length == InviteCodeLength && code.All(Alphabet.Contains);
    }
}
