namespace HungYen.Bot.Core.Outbound;

/// <summary>
/// Runs the outbound sender: at once when a turn commits messages, and every second for retries. It starts each chat's
/// sender and goes back to waiting, so that a chat's paced broadcast never holds another chat's reply (issue 14, point 6).
/// </summary>
internal sealed class OutboxService(OutboxDispatcher dispatcher, OutboxSignal signal, ILogger<OutboxService> logger) : BackgroundService
{
    private int _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var sender in dispatcher.Start(stoppingToken))
                {
                    _ = ObserveAsync(sender);
                }

                await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                Failed(error);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }

        // A send cut short between its send and its sent mark would be repeated after the restart: let them finish.
        await dispatcher.WhenIdleAsync().ConfigureAwait(false);
    }

    private async Task ObserveAsync(Task<int> sender)
    {
        try
        {
            await sender.ConfigureAwait(false);
            Volatile.Write(ref _failing, 0);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
        catch (Exception error)
        {
            Failed(error);
        }
    }

    /// <summary>Logged once per run of failures (a full disk fails every round until space returns).</summary>
    private void Failed(Exception error) =>
        logger.Log(Interlocked.Exchange(ref _failing, 1) == 1 ? LogLevel.Debug : LogLevel.Error, "Outbox dispatch failed: {Error}", error.GetType().Name + ": " + error.Message);
}
