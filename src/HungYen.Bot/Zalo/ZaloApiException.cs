namespace HungYen.Bot.Zalo;

/// <summary>The Zalo Bot API answered ok:false (or an HTTP error). The message never holds the token.</summary>
public sealed class ZaloApiException(int errorCode, string description)
    : Exception($"Zalo Bot API error {errorCode}: {description}")
{
    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    /// <summary>An empty long poll: nothing arrived within the timeout. Not a failure.</summary>
    public bool IsEmptyPoll => ErrorCode == 408 || Description.Contains("timeout", StringComparison.OrdinalIgnoreCase);
}
