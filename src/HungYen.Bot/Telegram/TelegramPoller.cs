using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;

namespace HungYen.Bot.Telegram;

/// <summary>
/// The Telegram adapter's receiving half: long polling that acknowledges a batch (the next getUpdates offset) only
/// after every update in it is committed. Telegram.Bot's own ReceiveAsync moves the offset first, so it is not used.
/// Updates of one person run in order; different people run at once.
/// </summary>
public sealed class TelegramPoller(
    ITelegramBotClient bot,
    IUpdateSink sink,
    CommandCatalog commands,
    Core.Participants.ParticipantResolver participants,
    IOptions<TelegramOptions> options,
    IOptionsMonitor<OfficeOptions> office,
    Redactor redactor,
    StorageOutage outage,
    TimeProvider clock,
    ILogger<TelegramPoller> logger) : BackgroundService
{
    private static readonly string[] Wanted = ["message", "callback_query"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PrepareAsync(stoppingToken).ConfigureAwait(false);
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

    private async Task PrepareAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var me = await bot.GetMe(ct).ConfigureAwait(false);
                // Never drop pending updates: answers sent while the bot was down must not be lost.
                await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct).ConfigureAwait(false);
                await SetCommandsAsync(ct).ConfigureAwait(false);
                logger.LogInformation("Polling Telegram as @{Username}", me.Username);
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning("Connecting to Telegram failed ({Error}); retrying in 5 s", redactor.Describe(error));
                await DelayAsync(TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Everyone's default menu is a guest's commands; each admin gets their own (chat scope). Others get theirs from
    /// <see cref="TelegramChannel.ShowCommandsAsync"/> when they write or a role of theirs changes.
    /// </summary>
    private async Task SetCommandsAsync(CancellationToken ct)
    {
        var everyone = commands.ForGuests;
        await bot.SetMyCommands(everyone.Select(c => new BotCommand(c.Name, c.DescriptionVi)), cancellationToken: ct).ConfigureAwait(false);
        await bot.SetMyCommands(everyone.Select(c => new BotCommand(c.Name, c.DescriptionEn)), languageCode: "en", cancellationToken: ct).ConfigureAwait(false);
        foreach (var admin in office.CurrentValue.Admins().Where(a => a.Channel == TelegramChannel.ChannelName))
        {
            if (!long.TryParse(admin.Id, out var chatId))
            {
                continue;
            }

            try
            {
                var own = commands.For(participants.Resolve(admin, null));
                await bot.SetMyCommands(own.Select(c => new BotCommand(c.Name, c.DescriptionVi)), BotCommandScope.Chat(chatId), cancellationToken: ct).ConfigureAwait(false);
            }
            catch (ApiRequestException error) when (error.ErrorCode is 400 or 403)
            {
                // An admin who has not opened the bot yet (or blocked it) has no chat to scope: polling must start anyway.
                logger.LogWarning("Could not set the admin command menu for one admin: {Error}", redactor.Describe(error));
            }
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
