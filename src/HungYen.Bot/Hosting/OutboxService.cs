using HungYen.Bot.Core.Outbound;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HungYen.Bot.Hosting;

/// <summary>Runs the outbound sender: at once when a turn commits messages, and every second for retries.</summary>
internal sealed class OutboxService(OutboxDispatcher dispatcher, OutboxSignal signal, ILogger<OutboxService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DrainAsync(stoppingToken).ConfigureAwait(false);
                await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                logger.LogError("Outbox dispatch failed: {Error}", error.GetType().Name + ": " + error.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
