namespace HungYen.Bot.Core.Channels;

/// <summary>
/// The small surface every messaging channel (Telegram, console, Zalo) implements. The core never sees a channel's own types.
/// Implementations throw <see cref="RateLimitedException"/> and <see cref="RecipientUnreachableException"/>
/// so that one outbound sender can pace and retry for all channels alike.
/// </summary>
public interface IChatChannel
{
    /// <summary>The channel's name, as used in <see cref="ChatAddress.Channel"/>.</summary>
    string Name { get; }

    /// <summary>Longest text one message may carry; longer texts are split by the sender.</summary>
    int MaxTextLength { get; }

    /// <summary>Sends a message; returns the channel's message id where it has one.</summary>
    Task<string?> SendAsync(string chatId, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces the text and choices of a message sent earlier.</summary>
    Task EditAsync(string chatId, string messageId, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>Acknowledges a button press, optionally with a short notice.</summary>
    Task AnswerButtonAsync(string callbackId, string? notice, CancellationToken cancellationToken);

    /// <summary>Fetches the bytes of a file the person sent.</summary>
    Task<byte[]> DownloadFileAsync(string fileId, CancellationToken cancellationToken);

    /// <summary>Whether a chat is shared by many people (a group or channel), so that no personal data goes there.</summary>
    bool IsSharedChat(string chatId) => false;

    /// <summary>
    /// Shows a person the commands they may use, where the channel has a command menu; others ignore it.
    /// <paramref name="isEveryones"/>: the list is everyone's default (a guest's).
    /// </summary>
    Task ShowCommandsAsync(string chatId, IReadOnlyList<Conversations.CommandEntry> commands, bool isEveryones, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The channel asked us to wait before sending again (Telegram 429 retry_after).</summary>
public sealed class RateLimitedException(TimeSpan retryAfter, Exception? inner = null)
    : Exception($"Rate limited; retry after {retryAfter.TotalSeconds:0} s", inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>The recipient cannot be reached (blocked the bot, deleted account: Telegram 403). Retrying will not help.</summary>
public sealed class RecipientUnreachableException(string reason, Exception? inner = null, ReachProblem? problem = null, int? noticeRefusedCode = null)
    : Exception(reason, inner)
{
    /// <summary>Why, for the office's summary (e.g. outside the Zalo OA's 7-day window); null: the general reason.</summary>
    public ReachProblem? Problem { get; } = problem;

    /// <summary>The channel's error code when the approved notice template was tried too and refused; null: not tried.</summary>
    public int? NoticeRefusedCode { get; } = noticeRefusedCode;
}

/// <summary>
/// The channel refuses a bulk message because its plan's quota is nearly used up (the Zalo Bot's free plan). The message
/// fails for this reason; the person is not marked unreachable, and answers still go out.
/// </summary>
public sealed class ChannelQuotaException(string reason) : Exception(reason);
