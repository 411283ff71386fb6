using HungYen.Bot.Core.Awards;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Scheduling;
using HungYen.Bot.Telegram;
using HungYen.Bot.Zalo;
using HungYen.Bot.ZaloOa;

namespace HungYen.Bot.Hosting;

/// <summary>Builds the bot's host: configuration sources, logging, and one Add… call per concern.</summary>
public static class BotHost
{
    public const string ConsoleSwitch = "--console";

    /// <param name="args">Command-line arguments; "--console" runs the local console channel instead of Telegram.</param>
    /// <param name="configure">Extra configuration (tests), applied after the standard sources.</param>
    /// <param name="services">Service overrides (tests), applied last.</param>
    public static HostApplicationBuilder CreateBuilder(string[] args, Action<IConfigurationBuilder>? configure = null, Action<IServiceCollection>? services = null)
    {
        var console = args.Contains(ConsoleSwitch);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. args.Where(a => a != ConsoleSwitch)],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddUserSecrets(typeof(BotHost).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        configure?.Invoke(builder.Configuration);

        // Logs go to standard error, so that the console channel's conversation on standard output stays readable.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (console)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services
            .AddStorage()
            .AddConversations()
            .AddScheduling()
            .AddNominations()
            .AddAwards()
            .AddDelegates()
            .AddWeb(builder.Configuration)
            .AddWebChat(builder.Configuration)
            .AddTelegram(builder.Configuration, enabled: !console)
            .AddZalo(builder.Configuration, enabled: !console)
            .AddZaloOa(builder.Configuration, enabled: !console);
        if (console)
        {
            builder.Services.AddConsoleChat(System.Console.In, System.Console.Out);
        }
        else
        {
            builder.Services.AddOptions<TelegramOptions>().Validate<IOptions<ZaloOptions>, IOptions<ZaloOaOptions>>(
                (telegram, zalo, oa) => telegram.IsConfigured || zalo.Value.IsConfigured || oa.Value.IsConfigured || WebChatExtensions.IsWebChatOn(builder.Configuration),
                "No channel is configured: set Telegram:BotToken, Zalo:BotToken, ZaloOa:AppId or Web:Urls (the web chat), e.g. the environment variables " +
                "Telegram__BotToken / Zalo__BotToken (or dotnet user-secrets), or run with --console to try the bot locally.");
        }

        services?.Invoke(builder.Services);
        builder.Services.AddEarlyStart(); // after the overrides: it wraps whichever host lifetime is registered
        builder.Services.AddRedaction(builder.Configuration); // last: it wraps every logger provider registered before
        return builder;
    }
}
