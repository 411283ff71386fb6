using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HungYen.Bot.Core.Files;

/// <summary>Deletes expired delivery files at start and then every hour (<see cref="DeliveryFiles.Expire"/>).</summary>
public sealed class DeliveryFilesJanitor(DeliveryFiles files, TimeProvider clock, ILogger<DeliveryFilesJanitor> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                if (files.Expire() is var expired and > 0)
                {
                    logger.LogInformation("{Count} delivery files expired and were deleted", expired);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning("Deleting expired delivery files failed ({Error}); trying again in an hour", error.GetType().Name);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
