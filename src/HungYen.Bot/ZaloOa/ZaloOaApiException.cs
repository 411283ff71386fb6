namespace HungYen.Bot.ZaloOa;

/// <summary>The OA Open API answered {"error":&lt;non-zero&gt;,"message":…}. The message never holds a token.</summary>
public sealed class ZaloOaApiException(int errorCode, string description)
    : Exception($"Zalo OA API error {errorCode}: {description}")
{
    public int ErrorCode { get; } = errorCode;

    public bool IsTokenError => ErrorCode is -216 or -220 or -124;
}
