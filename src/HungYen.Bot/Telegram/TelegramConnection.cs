using global::Telegram.Bot;
using global::Telegram.Bot.Types;

namespace HungYen.Bot.Telegram;

/// <summary>
/// Telegram's first requests (getMe, then deleteWebhook), begun while the host is still opening the store, so that the
/// HTTP and JSON code they warm up runs on the other core instead of after the store (issue 20: about a fifth of the
/// cold start). The poller takes the outcome; a failure here (options not valid, Telegram unreachable) only means the
/// poller connects by itself, with its retries and its messages, as it did before.
/// </summary>
public sealed class TelegramConnection(IServiceProvider services, ILogger<TelegramConnection> logger) : IEarlyStart
{
    /// <summary>Longer than any answer to these two requests should take; the poller then connects by itself.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private Task<User?>? _early;

    public void Begin() => _early ??= Task.Run(ConnectOnceAsync);

    /// <summary>The bot's own account once the webhook is deleted, or null when the early attempt did not succeed (or never began).</summary>
    public async Task<User?> TakeEarlyAsync(CancellationToken ct)
    {
        var early = Interlocked.Exchange(ref _early, Task.FromResult<User?>(null));
        return early is null ? null : await early.WaitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Connects: the bot's own account (getMe), then the webhook deleted so that getUpdates may poll.</summary>
    public async Task<User> ConnectAsync(CancellationToken ct)
    {
        var bot = services.GetRequiredService<ITelegramBotClient>();
        var me = await bot.GetMe(ct).ConfigureAwait(false);
        // Never drop pending updates: answers sent while the bot was down must not be lost.
        await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct).ConfigureAwait(false);
        return me;
    }

    /// <summary>Never throws: its errors are the poller's to report, when it tries again.</summary>
    private async Task<User?> ConnectOnceAsync()
    {
        try
        {
            using var limit = new CancellationTokenSource(Limit);
            return await ConnectAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            logger.LogDebug("Connecting to Telegram early did not succeed ({Error}); the poller connects", error.GetType().Name);
            return null;
        }
    }
}
