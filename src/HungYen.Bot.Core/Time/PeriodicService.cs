namespace HungYen.Bot.Core.Time;

/// <summary>
/// A background loop that does one round at start and then one every <see cref="Interval"/> on the clock's timer. A
/// failed round is handed to <see cref="Failed"/> and the next comes on time; stopping the host ends the round and the
/// wait without an error.
/// </summary>
public abstract class PeriodicService(TimeProvider clock) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    protected abstract Task RoundAsync(CancellationToken stoppingToken);

    /// <summary>Logs a round that threw (never the exception's message where it may hold personal data).</summary>
    protected abstract void Failed(Exception error);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RoundAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                Failed(error);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
