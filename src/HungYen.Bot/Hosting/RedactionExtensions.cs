using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HungYen.Bot.Hosting;

public static class RedactionExtensions
{
    /// <summary>Every configured secret, by its configuration key: none may reach a log line or a stored error.</summary>
    private static readonly string[] SecretKeys =
    [
        "Telegram:BotToken",
        "Zalo:BotToken",
        "Zalo:WebhookSecret",
        "ZaloOa:AppSecret",
        "ZaloOa:OaSecretKey",
        "ZaloOa:RefreshToken",
        "Web:LinkSigningKey",
    ];

    /// <summary>
    /// The <see cref="Redactor"/> (configured secrets, phone numbers, ids in URLs) and a logger factory whose every
    /// provider writes through it, so no log line carries a secret whichever code or library wrote it.
    /// </summary>
    public static IServiceCollection AddRedaction(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => new Redactor(SecretKeys.Select(key => configuration[key])));
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp =>
        {
            var redactor = sp.GetRequiredService<Redactor>();
            return new LoggerFactory(
                sp.GetServices<ILoggerProvider>().Select(p => (ILoggerProvider)new RedactingLoggerProvider(p, redactor)),
                sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
                sp.GetService<IOptions<LoggerFactoryOptions>>(),
                sp.GetService<IExternalScopeProvider>());
        }));
        return services;
    }
}
