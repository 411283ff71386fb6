using HungYen.Bot.WebChat;

namespace HungYen.Bot.Hosting;

public static class WebChatExtensions
{
    /// <summary>Whether the web chat runs: the web server is on (Web:Urls) and WebChat:Enabled is not false.</summary>
    public static bool IsWebChatOn(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{WebOptions.Section}:{nameof(WebOptions.Urls)}"])
        && !string.Equals(configuration[$"{WebChatOptions.Section}:{nameof(WebChatOptions.Enabled)}"], "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>The web chat channel (web:&lt;id&gt;) on the bot's web server, under /w, and its links and office commands.</summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<WebChatOptions>(WebChatOptions.Section);
        if (!IsWebChatOn(configuration))
        {
            return services;
        }

        // Links to print and send (Giấy mời, /donvi, check-in QR) point at the chat once a public address is known.
        services.AddOptions<BotOptions>().PostConfigure<IOptions<WebOptions>>((bot, web) =>
            bot.WebChatUrl = string.IsNullOrWhiteSpace(web.Value.PublicBaseUrl) ? null : web.Value.PublicBaseUrl.TrimEnd('/') + WebChatEndpoints.Root);
        services.AddSingleton<WebChatHub>();
        services.AddSingleton<WebChatHistory>();
        services.AddSingleton<WebChatSessions>();
        services.AddSingleton<WebChatPage>();
        services.AddSingleton<WebChatInbox>();
        services.AddSingleton<WebChatEvents>();
        services.AddSingleton<WebChatSafety>();
        services.AddSingleton<IChatChannel, WebChatChannel>();
        services.AddSingleton<IWebEndpoints, WebChatEndpoints>();
        services.AddSingleton<IBotCommand, WebSessionsCommand>();
        services.AddSingleton<IBotCommand, RevokeWebSessionCommand>();
        return services;
    }
}
