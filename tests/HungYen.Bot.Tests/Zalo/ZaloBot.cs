using HungYen.Bot.Testing.FakeZalo;
using HungYen.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HungYen.Bot.Tests.Zalo;

/// <summary>
/// The real host (BotHost.CreateBuilder) talking to a <see cref="FakeZaloServer"/> over loopback, on a temporary
/// LiteDB file. The office admin is "zalo:office".
/// </summary>
public sealed class ZaloBot : IAsyncDisposable
{
    public const string OfficeId = "office";

    private static readonly string[] KnownPeople = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "f1", "f2", "f3", "f4", "f5", "z1", "w1", "w2", "w3", "w4", "w5", OfficeId];
    private readonly string _dbPath;

    private ZaloBot(FakeZaloServer zalo, IHost host, CapturedLogs logs, string dbPath)
    {
        Zalo = zalo;
        Host = host;
        Logs = logs;
        _dbPath = dbPath;
    }

    public FakeZaloServer Zalo { get; }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<ZaloBot> StartAsync(IDictionary<string, string?>? config = null, Action<IServiceCollection>? services = null, FakeZaloServer? zalo = null)
    {
        if (zalo is null)
        {
            zalo = await FakeZaloServer.StartAsync();
            // These scripts type the moment the bot has started, before its first poll; the real platform would lose
            // those lines (ZaloLimitsTests shows it), so this harness opts out of the fake's default.
            zalo.DropWhenNotPolling = false;
        }
        var dbPath = Path.Combine(Path.GetTempPath(), $"hy-zalo-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>
        {
            ["Zalo:BotToken"] = zalo.Token,
            ["Zalo:ApiBaseUrl"] = zalo.BaseUrl,
            ["Zalo:PollingTimeoutSeconds"] = "2",
            ["Storage:DatabasePath"] = dbPath,
            ["Office:AdminUserIds:0"] = $"zalo:{OfficeId}",
            ["Sender:MessagesPerSecond"] = "1000",
            ["Sender:BulkIntervalPerChatSeconds"] = "0",
        };

        // The people these tests play have agreed to the personal-data notice already; ZaloChannelTests shows the notice itself.
        var (host, logs) = await StartedHost.StartAsync(settings, config, services, [.. KnownPeople.Select(id => $"zalo:{id}"), "telegram:111"]);
        return new ZaloBot(zalo, host, logs, dbPath);
    }

    /// <summary>Given the bot started and Zalo refusing its next <paramref name="count"/> sends with <paramref name="status"/>.</summary>
    public static async Task<ZaloBot> GivenSendsRefusedAsync(int status, string description, int count)
    {
        var bot = await StartAsync();
        bot.Zalo.FailNextSends(status, description, count);
        return bot;
    }

    /// <summary><paramref name="user"/> types /id and the answer, their address "zalo:…", arrives.</summary>
    public async Task AsksIdAndIsAnsweredAsync(string user)
    {
        await Zalo.SaysAsync(user, "/id", $"zalo:{user}");
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Zalo.DisposeAsync();
        File.Delete(_dbPath);
    }
}
