namespace HungYen.Bot.Zalo;

/// <summary>
/// The Zalo adapter's receiving half in polling mode. getUpdates has no offset and returns one update per call; an
/// empty poll comes back as a "Request timeout" error, which only means nothing arrived. Zalo may deliver an update
/// again, so the engine's exactly-once key (the message_id) does the de-duplication.
/// </summary>
public sealed class ZaloPoller(
    ZaloApiClient api,
    IUpdateSink sink,
    ZaloUsage usage,
    IOptions<ZaloOptions> options,
    TimeProvider clock,
    Redactor redactor,
    ILogger<ZaloPoller> logger) : BackgroundService
{

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PrepareAsync(stoppingToken).ConfigureAwait(false);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await api.CallAsync("getUpdates", new { timeout = options.Value.PollingTimeoutSeconds }, stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (result is { } body && ZaloUpdateMapper.Map(body) is { } update)
                {
                    await HandleAsync(update, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ZaloApiException empty) when (empty.IsEmptyPoll)
            {
                failures = 0;
            }
            catch (Exception error)
            {
                failures++;
                // An HTML 429 (polling too fast) or a quota 429 may last: back off further, with a cap and an alert.
                var rateLimited = error is ZaloApiException { IsRateLimited: true };
                var cap = rateLimited ? options.Value.MaxBackoffSeconds : 30;
                var wait = TimeSpan.FromSeconds(Math.Min(cap, Math.Pow(2, Math.Min(failures - 1, 20))));
                if (rateLimited && wait.TotalSeconds >= cap)
                {
                    usage.AlertBackoff(cap);
                }

                logger.LogWarning("Polling Zalo failed ({Error}); retrying in {Seconds} s", redactor.Describe(error), wait.TotalSeconds);
                await DelayAsync(wait, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleAsync(IncomingUpdate update, CancellationToken ct)
    {
        // The engine records a failed update itself; this only guards against the store being unusable.
        try
        {
            usage.CountIncoming(update.User.Id);
            await sink.HandleAsync(update, ct).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError("Update {UpdateKey} could not be applied: {Error}", update.UpdateKey, redactor.Describe(error));
        }
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var me = await api.CallAsync("getMe", new { }, ct).ConfigureAwait(false);
                // getUpdates does not work while a webhook is set.
                await api.CallAsync("deleteWebhook", new { }, ct).ConfigureAwait(false);
                var name = me is { } m && m.TryGetProperty("account_name", out var account) ? account.ToString() : "?";
                logger.LogInformation("Polling Zalo as {Account}", name);
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning("Connecting to Zalo failed ({Error}); retrying in 5 s", redactor.Describe(error));
                await DelayAsync(TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
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
