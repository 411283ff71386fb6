namespace HungYen.Bot.Zalo;

/// <summary>In webhook mode, tells Zalo where to deliver updates ({Web:PublicBaseUrl}/zalo/webhook) and with which secret.</summary>
public sealed class ZaloWebhookRegistration(
    ZaloApiClient api,
    IOptions<ZaloOptions> zalo,
    IOptions<WebOptions> web,
    TimeProvider clock,
    Redactor redactor,
    ILogger<ZaloWebhookRegistration> logger) : BackgroundService
{

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var url = web.Value.PublicBaseUrl!.TrimEnd('/') + ZaloWebhookEndpoints.Path;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await api.CallAsync("setWebhook", new { url, secret_token = zalo.Value.WebhookSecret }, stoppingToken).ConfigureAwait(false);
                logger.LogInformation("Zalo delivers updates to {Url}", url);
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning("Setting the Zalo webhook failed ({Error}); retrying in 10 s", redactor.Describe(error));
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(10), clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
