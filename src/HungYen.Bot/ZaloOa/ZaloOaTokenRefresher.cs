namespace HungYen.Bot.ZaloOa;

/// <summary>Renews the OA's access token before it expires (about 20 h into its 25 h); after a failure, tries again every 15 minutes.</summary>
public sealed class ZaloOaTokenRefresher(ZaloOaTokenManager tokens, TimeProvider clock, ILogger<ZaloOaTokenRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = TimeSpan.FromMinutes(15);
            try
            {
                await tokens.GetAccessTokenAsync(stoppingToken).ConfigureAwait(false);
                if (tokens.NextRefreshAt() is { } due)
                {
                    wait = TimeSpan.FromTicks(Math.Clamp((due - clock.GetUtcNow()).Ticks, TimeSpan.FromSeconds(1).Ticks, TimeSpan.FromHours(24).Ticks));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // The manager has logged it and told the office; the message never holds a token.
                logger.LogDebug("Zalo OA token renewal will be retried: {Error}", error.GetType().Name);
            }

            try
            {
                await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
