namespace HungYen.Bot.ZaloOa;

/// <summary>
/// X-ZEvent-Signature: "mac=" + lowercase hex SHA-256 (plain, not HMAC) of app_id + raw body + timestamp + OA Secret
/// Key, app_id and timestamp taken from the body. Compared in constant time.
/// </summary>
public static class ZaloOaSignature
{
    public const string Header = "X-ZEvent-Signature";

    public static string Compute(string appId, ReadOnlySpan<byte> rawBody, string timestamp, string oaSecretKey)
    {
        var bytes = new List<byte>(rawBody.Length + 128);
        bytes.AddRange(Encoding.UTF8.GetBytes(appId));
        bytes.AddRange(rawBody.ToArray());
        bytes.AddRange(Encoding.UTF8.GetBytes(timestamp));
        bytes.AddRange(Encoding.UTF8.GetBytes(oaSecretKey));
        return Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
    }

    /// <summary>Whether <paramref name="header"/> signs <paramref name="rawBody"/> for this app; the body must be the event JSON.</summary>
    public static bool IsValid(string? header, byte[] rawBody, string appId, string oaSecretKey, out JsonElement body)
    {
        body = default;
        if (string.IsNullOrWhiteSpace(header) || oaSecretKey.Length == 0)
        {
            return false;
        }

        try
        {
            body = JsonSerializer.Deserialize<JsonElement>(rawBody);
        }
        catch (JsonException)
        {
            return false;
        }

        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("app_id", out var app) || app.ToString() is not { } givenApp
            || !body.TryGetProperty("timestamp", out var time))
        {
            return false;
        }

        var given = header.Trim();
        given = given.StartsWith("mac=", StringComparison.OrdinalIgnoreCase) ? given[4..] : given;
        var expected = Encoding.ASCII.GetBytes(Compute(givenApp, rawBody, time.ToString(), oaSecretKey));
        var matches = CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(given.ToLowerInvariant()));
        return matches && givenApp == appId;
    }
}
