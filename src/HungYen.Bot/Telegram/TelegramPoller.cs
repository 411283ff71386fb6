using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;

namespace HungYen.Bot.Telegram;

/// <summary>
/// The Telegram adapter's receiving half: long polling that acknowledges a batch (the next getUpdates offset) only
/// after every update in it is committed. Telegram.Bot's own ReceiveAsync moves the offset first, so it is not used.
/// Updates of one person run in order; different people run at once.
/// </summary>
public sealed class TelegramPoller(
    ITelegramBotClient bot,
    IUpdateSink sink,
    TelegramConnection connection,
    StartMenus menus,
    IOptions<TelegramOptions> options,
    Redactor redactor,
    StorageOutage outage,
    TimeProvider clock,
    ILogger<TelegramPoller> logger) : BackgroundService
{
    private static readonly string[] Wanted = ["message", "callback_query"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PrepareAsync(stoppingToken).ConfigureAwait(false);
        var settingMenus = Task.Run(() => menus.SetUntilDoneAsync(stoppingToken), CancellationToken.None);
        await PollAsync(stoppingToken).ConfigureAwait(false);
        await settingMenus.ConfigureAwait(false);
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        long? offset = null;
        var failures = 0;
        var storeFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var raw = await bot.SendRequest(
                    new RawUpdatesRequest { Offset = offset, Limit = options.Value.BatchSize, Timeout = options.Value.PollingTimeoutSeconds, AllowedUpdates = Wanted },
                    stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (raw.Length == 0)
                {
                    continue;
                }

                var batch = RawUpdates.Read(raw, logger);
                if (!await HandleBatchAsync(batch.Updates, stoppingToken).ConfigureAwait(false))
                {
                    // Something of the batch was not stored: it is not acknowledged, so Telegram delivers it again.
                    storeFailures++;
                    var backOff = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, storeFailures - 1)));
                    await outage.FailedAsync(new StorageUnavailableException(new IOException("commit failed")), backOff, stoppingToken).ConfigureAwait(false);
                    await DelayAsync(backOff, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                if (storeFailures > 0)
                {
                    storeFailures = 0;
                    await outage.RecoveredAsync(stoppingToken).ConfigureAwait(false);
                }

                if (batch.LastId is { } last)
                {
                    offset = last + 1; // acknowledged by the next getUpdates, now that all is committed
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException error) when (error.ErrorCode == 409)
            {
                logger.LogError(
                    "Telegram answered 409 Conflict: another instance of the bot is polling with the same token (or a webhook is set). " +
                    "Stop the other instance; retrying in 5 s.");
                await DelayAsync(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                failures++;
                var wait = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures - 1)));
                logger.LogWarning("Polling Telegram failed ({Error}); retrying in {Seconds} s", redactor.Describe(error), wait.TotalSeconds);
                await DelayAsync(wait, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The batch handed to the turn runner whole, so that its turns are committed together (issue 20): the engine
    /// commits the turns of different people in one transaction and returns only once they are stored.
    /// </summary>
    /// <returns>Whether every update of the batch was stored (applied, or recorded as failed).</returns>
    private Task<bool> HandleBatchAsync(IReadOnlyList<IncomingUpdate> updates, CancellationToken ct) => sink.HandleBatchAsync(updates, ct);

    /// <summary>Connected once the webhook is deleted (begun early, beside the store's opening, else here with retries).</summary>
    private async Task PrepareAsync(CancellationToken ct)
    {
        var me = await connection.TakeEarlyAsync(ct).ConfigureAwait(false);
        while (me is null && !ct.IsCancellationRequested)
        {
            try
            {
                me = await connection.ConnectAsync(ct).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                me = null;
                logger.LogWarning("Connecting to Telegram failed ({Error}); retrying in 5 s", redactor.Describe(error));
                await DelayAsync(TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
            }
        }

        if (me is not null)
        {
            logger.LogInformation("Polling Telegram as @{Username}", me.Username);
        }
    }

    private async Task DelayAsync(TimeSpan wait, CancellationToken ct)
    {
        try
        {
            await Task.Delay(wait, clock, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}
