using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Support;

/// <summary>
/// A test class that runs the real host (<see cref="RunningBot"/>) against the fake Bot API on loopback, on a LiteDB file of
/// its own, one of each per test. A class says only what differs: its <see cref="HostSettings"/>, its <see cref="AddServices"/>,
/// or <see cref="StartsHost"/> false when it starts (and restarts) hosts itself with <see cref="StartHostAsync"/>.
/// </summary>
public abstract class RealHostTest(string databasePrefix) : IAsyncLifetime
{
    private RunningBot? _bot;

    /// <summary>The fake Bot API the host polls and sends to; people say and press through it.</summary>
    protected FakeTelegramServer Fake { get; } = new();

    /// <summary>The host's LiteDB file, deleted with its log after the test.</summary>
    protected TempDatabase Database { get; } = new(databasePrefix);

    /// <summary>The host started before the test.</summary>
    protected RunningBot Bot => _bot ?? throw new InvalidOperationException("No host was started before this test (StartsHost is false).");

    /// <summary>Settings written over the harness's defaults (<see cref="BotSettings"/>); none by default.</summary>
    protected virtual IDictionary<string, string?>? HostSettings => null;

    /// <summary>Whether a host is started before each test; false for tests that start their own.</summary>
    protected virtual bool StartsHost => true;

    public virtual async Task InitializeAsync()
    {
        await Fake.StartAsync();
        if (StartsHost)
        {
            _bot = await StartHostAsync();
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        await Fake.DisposeAsync();
        Database.Dispose();
    }

    /// <summary>Stops the host started before the test (a clean stop), so that the test can look at the file it leaves.</summary>
    protected async Task StopHostAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
            _bot = null;
        }
    }

    /// <summary>Starts the host again on the same fake and file, after <see cref="StopHostAsync"/>.</summary>
    protected async Task RestartHostAsync()
    {
        await StopHostAsync();
        _bot = await StartHostAsync();
    }

    /// <summary>Starts a host on this test's fake and file, with the class's settings and services; the caller stops it.</summary>
    protected Task<RunningBot> StartHostAsync(Action<IServiceCollection>? services = null) =>
        RunningBot.StartAsync(Fake, Database.Path, HostSettings, s =>
        {
            AddServices(s);
            services?.Invoke(s);
        });

    /// <summary>Services put in place of (or beside) the host's own, for every host this class starts.</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }
}
