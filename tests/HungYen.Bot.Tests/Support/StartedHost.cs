using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HungYen.Bot.Tests.Support;

/// <summary>
/// The real host as Program.cs builds it (<see cref="BotHost.CreateBuilder"/>), on a harness's settings with a test's
/// written over them, every log line captured, started; the start the channel harnesses (Zalo Bot, Zalo OA) share.
/// </summary>
public static class StartedHost
{
    /// <param name="defaults">The harness's settings (the fake server's address, the database file, the office).</param>
    /// <param name="config">What the test writes over them.</param>
    /// <param name="services">Services put in place of (or beside) the host's own.</param>
    /// <param name="consented">Addresses recorded as having agreed to the personal-data notice once the host runs.</param>
    public static async Task<(IHost Host, CapturedLogs Logs)> StartAsync(
        Dictionary<string, string?> defaults,
        IDictionary<string, string?>? config,
        Action<IServiceCollection>? services = null,
        params string[] consented)
    {
        var settings = Settings.Merge(defaults, config);
        var logs = new CapturedLogs();
        var host = BotHost.CreateBuilder(
            [],
            configure: cfg => cfg.AddInMemoryCollection(settings),
            services: s =>
            {
                s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
                services?.Invoke(s);
            }).Build();
        await host.StartAsync();
        Consents.Grant(host.Services, consented);
        return (host, logs);
    }
}
