using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Hosting;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Benchmarks;

/// <summary>The real host (as Program.cs builds it) on a fresh LiteDB file, against a fake Bot API on loopback.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly TempDatabase _database;

    private BenchHost(FakeTelegramServer fake, IHost host, TempDatabase database)
    {
        Fake = fake;
        Host = host;
        _database = database;
    }

    public FakeTelegramServer Fake { get; }

    public IHost Host { get; }

    public IRecordStore Store => Host.Services.GetRequiredService<IRecordStore>();

    public static async Task<BenchHost> StartAsync(double messagesPerSecond = 100_000, bool waitForPolling = true, IDictionary<string, string?>? extra = null)
    {
        var fake = new FakeTelegramServer();
        await fake.StartAsync();
        var database = new TempDatabase("hy-bench");
        var settings = BotSettings.For(fake, database.Path, "Warning", new Dictionary<string, string?>
        {
            ["Sender:MessagesPerSecond"] = messagesPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sender:MaxParallelChats"] = "16",
            ["Schedule:TickSeconds"] = "3600",
        }.Concat(extra ?? new Dictionary<string, string?>()));
        var host = BotHost.CreateBuilder([], c => c.AddInMemoryCollection(settings)).Build();
        await host.StartAsync();
        var bench = new BenchHost(fake, host, database);
        if (waitForPolling)
        {
            await UntilAsync(() => fake.RequestCount("getUpdates") > 0, TimeSpan.FromSeconds(10));
        }

        return bench;
    }

    /// <summary>Records that these Telegram users agreed to the personal-data notice, so they get answers at once.</summary>
    public void Consent(IEnumerable<long> users)
    {
        var version = Host.Services.GetRequiredService<IOptions<PrivacyOptions>>().Value.NoticeVersion;
        var changes = new ChangeSet();
        foreach (var user in users)
        {
            changes.Upsert(new Consent { Id = $"telegram:{user}", Version = version, GivenAt = DateTimeOffset.UtcNow });
        }

        Store.Commit(changes);
    }

    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The benchmark's condition was not met in time.");
            }

            await Task.Delay(2);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Fake.DisposeAsync();
        _database.Dispose();
    }
}
