using HungYen.Bot.ZaloOa.Zns;

namespace HungYen.Bot.ZaloOa;

public static class ZaloOaExtensions
{
    /// <summary>The Zalo OA channel: webhook receiving, consultation sending, token renewal. On when ZaloOa:AppId is set.</summary>
    public static IServiceCollection AddZaloOa(this IServiceCollection services, IConfiguration configuration, bool enabled = true)
    {
        services.AddOptions<ZaloOaOptions>().BindConfiguration(ZaloOaOptions.Section);
        services.AddSingletonAs<ZnsPersonalData, IPersonalDataSource, Core.Privacy.Retention.IRetentionPolicy>();
        if (!enabled || string.IsNullOrWhiteSpace(configuration[$"{ZaloOaOptions.Section}:{nameof(ZaloOaOptions.AppId)}"]))
        {
            return services;
        }

        services.AddOptions<ZaloOaOptions>()
            .Validate(o => o.IsConfigured, "ZaloOa needs AppId, AppSecret and OaSecretKey (set ZaloOa__AppSecret and ZaloOa__OaSecretKey in the environment).")
            .Validate<IOptions<WebOptions>>((_, web) => web.Value.IsEnabled, "ZaloOa receives by webhook: set Web:Urls (and serve it behind TLS).")
            .ValidateOnStart();

        // Our own HttpClient, not the factory's: its logging would write headers and URLs.
        services.AddSingleton(sp => new ZaloOaTokenManager(
            new HttpClient { Timeout = TimeSpan.FromSeconds(30) },
            sp.GetRequiredService<Core.Storage.IRecordStore>(),
            sp.GetRequiredService<Core.Outbound.OutboxSignal>(),
            sp.GetRequiredService<IOptions<ZaloOaOptions>>(),
            sp.GetRequiredService<IOptions<OfficeOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ZaloOaTokenManager>>()));
        services.AddSingleton(sp => new ZaloOaApiClient(
            new HttpClient { Timeout = TimeSpan.FromSeconds(60) },
            sp.GetRequiredService<ZaloOaTokenManager>(),
            sp.GetRequiredService<IOptions<ZaloOaOptions>>()));
        services.AddSingleton<ZaloOaWindow>();
        services.AddSingleton<IChatChannel, ZaloOaChannel>();
        services.AddSingleton<IWebEndpoints, ZaloOaWebhookEndpoints>();
        services.AddHostedService<ZaloOaTokenRefresher>();
        services.AddSingleton<ZnsDeliveryReports>();
        services.AddHostedSingleton<ZnsSender>();
        services.AddSingleton<IConversationFlow, ZnsInviteFlow>();
        services.AddSingleton<IBotCommand, ZnsStatusCommand>();
        services.AddSingleton<ISummarySection, ZnsSummarySection>();
        services.AddHostedSingleton<ZaloOaCatchUp>();
        return services;
    }
}
