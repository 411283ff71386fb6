namespace HungYen.Bot.Core.Files;

/// <summary>Deletes expired delivery files at start and then every hour (<see cref="DeliveryFiles.Expire"/>).</summary>
public sealed class DeliveryFilesJanitor(DeliveryFiles files, TimeProvider clock, ILogger<DeliveryFilesJanitor> logger) : PeriodicService(clock)
{
    protected override TimeSpan Interval { get; } = TimeSpan.FromHours(1);

    protected override Task RoundAsync(CancellationToken stoppingToken)
    {
        if (files.Expire() is var expired and > 0)
        {
            logger.LogInformation("{Count} delivery files expired and were deleted", expired);
        }

        return Task.CompletedTask;
    }

    protected override void Failed(Exception error) =>
        logger.LogWarning("Deleting expired delivery files failed ({Error}); trying again in an hour", error.GetType().Name);
}
