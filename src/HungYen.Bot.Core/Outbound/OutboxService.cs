using HungYen.Bot.Core.Outbound;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HungYen.Bot.Core.Outbound;

/// <summary>Runs the outbound sender: at once when a turn commits messages, and every second for retries.</summary>
internal sealed class OutboxService(OutboxDispatcher dispatcher, OutboxSignal signal, ILogger<OutboxService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DrainAsync(stoppingToken).ConfigureAwait(false);
                failing = false;
                await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // Logged once per run of failures (a full disk fails every round until space returns).
                logger.Log(failing ? LogLevel.Debug : LogLevel.Error, "Outbox dispatch failed: {Error}", error.GetType().Name + ": " + error.Message);
                failing = true;
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
