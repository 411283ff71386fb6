namespace HungYen.Bot.ZaloOa;

/// <summary>The OA's current access/refresh token pair, kept in the database so it survives restarts (one record).</summary>
public sealed class ZaloOaTokens : Record
{
    public const string RecordId = "zalooa";

    public string AccessToken { get; set; } = "";

    /// <summary>Single use: each refresh returns a new pair, saved before the access token is used.</summary>
    public string RefreshToken { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>A failed refresh was told to the office; cleared by the next success, so it is told once, not in a loop.</summary>
    public bool FailureReported { get; set; }
}
