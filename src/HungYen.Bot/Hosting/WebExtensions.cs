using HungYen.Bot.Core.Privacy.Retention;

namespace HungYen.Bot.Hosting;

public static class WebExtensions
{
    /// <summary>Signed download links, and the small web server (downloads, Zalo webhook): on when Web:Urls is set.</summary>
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<WebOptions>(WebOptions.Section);
        services.AddSingleton<FileLinks>();
        services.AddSingleton<UnauthenticatedCalls>();
        services.AddSingletonAs<DeliveryFiles, IRetentionPolicy>();
        services.AddHostedService<DeliveryFilesJanitor>();
        if (string.IsNullOrWhiteSpace(configuration[$"{WebOptions.Section}:{nameof(WebOptions.Urls)}"]))
        {
            return services;
        }

        services.AddSingleton<IWebEndpoints, FileDownloadEndpoints>();
        services.AddHostedSingleton<BotWebServer>();
        return services;
    }
}
