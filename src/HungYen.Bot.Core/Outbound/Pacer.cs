namespace HungYen.Bot.Core.Outbound;

/// <summary>
/// Spaces sends so the global rate stays under the channel's limit, and honours a global pause after a 429.
/// Clock reads and waits go through <see cref="TimeProvider"/> so tests move time instead of sleeping.
/// </summary>
public sealed class Pacer(TimeProvider clock, double messagesPerSecond)
{
    private readonly object _gate = new();
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(1 / Math.Max(0.001, messagesPerSecond));
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>
    /// Waits for the next free slot; a 429 that came while waiting (another chat's send) holds this send too. A pause
    /// longer than <paramref name="longestPause"/> is not waited out: <see cref="Channels.RateLimitedException"/> says how long is left.
    /// </summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken, TimeSpan? longestPause = null)
    {
        while (true)
        {
            TimeSpan delay;
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                if (_pausedUntil - now > longestPause)
                {
                    throw new Channels.RateLimitedException(_pausedUntil - now);
                }

                var slot = new[] { now, _nextSlot, _pausedUntil }.Max();
                _nextSlot = slot + _interval;
                delay = slot - now;
            }

            // Below a millisecond a timer cannot wait precisely; the slot is still taken, so the average rate holds.
            if (delay >= TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
            }

            if (PausedUntil - clock.GetUtcNow() < TimeSpan.FromMilliseconds(1))
            {
                return;
            }
        }
    }

    /// <summary>Until when a 429 paused this pacer's channel.</summary>
    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_gate)
            {
                return _pausedUntil;
            }
        }
    }

    /// <summary>Stops every send until <paramref name="retryAfter"/> has passed.</summary>
    public void PauseFor(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = clock.GetUtcNow() + retryAfter;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }
}
