using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing.FakeTelegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HungYen.Bot.Tests.Support;

/// <summary>The real host (BotHost, as Program.cs builds it) running against a fake Bot API on loopback, on a LiteDB file.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    public const long AdminChat = BotSettings.AdminChat;
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private RunningBot(IHost host, CapturedLogs logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public IRecordStore Store => Host.Services.GetRequiredService<IRecordStore>();

    public static async Task<RunningBot> StartAsync(FakeTelegramServer fake, string databasePath, IDictionary<string, string?>? config = null, Action<IServiceCollection>? services = null)
    {
        var settings = BotSettings.For(fake, databasePath, "Debug", config);
        var logs = new CapturedLogs();
        var builder = BotHost.CreateBuilder([], c => c.AddInMemoryCollection(settings), s =>
        {
            s.AddSingleton<ILoggerProvider>(logs);
            services?.Invoke(s);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new RunningBot(host, logs);
    }

    /// <summary>Waits (briefly polling) until something the host does in the background has happened.</summary>
    public static Task UntilAsync(Func<bool> condition) => Waiting.UntilAsync(condition, within: Wait);

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await Host.StopAsync(stop.Token);
        }
        finally
        {
            Host.Dispose();
        }
    }
}
