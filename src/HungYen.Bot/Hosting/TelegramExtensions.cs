using global::Telegram.Bot;
using HungYen.Bot.Telegram;

namespace HungYen.Bot.Hosting;

public static class TelegramExtensions
{
    /// <summary>The Telegram channel: sending through Telegram.Bot and long polling. On when Telegram:BotToken is set.</summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration, bool enabled = true)
    {
        if (!services.AddBotApiOptions<TelegramOptions>(configuration, TelegramOptions.Section, enabled))
        {
            return services;
        }

        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl.TrimEnd('/');

            // Telegram.Bot's own 429 retry is off: the outbound sender waits retry_after for all sends at once.
            var http = BotApiOptionsRules.HttpClientFor(options.PollingTimeoutSeconds);
            return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken!, baseUrl) { RetryCount = 0 }, http);
        });
        services.AddSingletonAs<TelegramConnection, IEarlyStart>();
        services.AddSingleton<StartMenus>();
        services.AddSingleton<IChatChannel, TelegramChannel>();
        services.AddHostedService<TelegramPoller>();
        return services;
    }
}
