using HungYen.Bot.Zalo;

namespace HungYen.Bot.Hosting;

public static class ZaloExtensions
{
    /// <summary>The Zalo channel: sending, and long polling or a webhook. On when Zalo:BotToken is set.</summary>
    public static IServiceCollection AddZalo(this IServiceCollection services, IConfiguration configuration, bool enabled = true)
    {
        if (!services.AddBotApiOptions<ZaloOptions>(configuration, ZaloOptions.Section, enabled))
        {
            return services;
        }

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ZaloOptions>>();
            return new ZaloApiClient(BotApiOptionsRules.HttpClientFor(options.Value.PollingTimeoutSeconds), options);
        });
        services.AddSingleton<ZaloUsage>();
        services.AddSingletonAs<ZaloChannel, IChatChannel>();
        if (!Enum.TryParse<ZaloMode>(configuration[$"{ZaloOptions.Section}:{nameof(ZaloOptions.Mode)}"], ignoreCase: true, out var mode) || mode == ZaloMode.Polling)
        {
            services.AddHostedService<ZaloPoller>();
            return services;
        }

        services.AddOptions<ZaloOptions>().Validate<IOptions<WebOptions>>(
            (_, web) => web.Value.IsEnabled && !string.IsNullOrWhiteSpace(web.Value.PublicBaseUrl),
            "Zalo:Mode is Webhook but the web server is off: set Web:Urls and Web:PublicBaseUrl.");
        services.AddSingleton<IWebEndpoints, ZaloWebhookEndpoints>();
        services.AddHostedService<ZaloWebhookRegistration>();
        return services;
    }
}
