namespace HungYen.Bot.Core.Scheduling;

/// <summary>Ticks the scheduler at start (catching up on what fell due while the bot was down) and then periodically.</summary>
internal sealed class SchedulerService(Scheduler scheduler, IOptions<ScheduleOptions> options, TimeProvider clock, ILogger<SchedulerService> logger) : PeriodicService(clock)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.TickSeconds);

    protected override Task RoundAsync(CancellationToken stoppingToken) => scheduler.TickAsync(stoppingToken);

    protected override void Failed(Exception error) =>
        logger.LogError("Scheduler tick failed: {Error}", error.GetType().Name + ": " + error.Message);
}
