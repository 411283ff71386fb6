namespace HungYen.Bot.Zalo;

/// <summary>The Zalo Bot API answered ok:false (or an HTTP error). The message never holds the token.</summary>
public sealed class ZaloApiException(int errorCode, string description)
    : Exception($"Zalo Bot API error {errorCode}: {description}")
{
    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    /// <summary>
    /// An empty long poll: nothing arrived within the timeout. Not a failure. Recognised by the error code only (over
    /// any HTTP status), never by the wording of the description.
    /// </summary>
    public bool IsEmptyPoll => ErrorCode == 408;

    /// <summary>A 429: polling too fast (an nginx HTML page) or the plan's quota ("Quota exceeded"); Zalo gives no retry_after.</summary>
    public bool IsRateLimited => ErrorCode == 429;
}
