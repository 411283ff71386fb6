using HungYen.Bot.Hosting;
using HungYen.Bot.Testing.FakeZaloOa;
using HungYen.Bot.Tests.Support;
using HungYen.Bot.Web;
using HungYen.Bot.ZaloOa;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HungYen.Bot.Tests.ZaloOa;

/// <summary>
/// The real host talking to a <see cref="FakeZaloOaServer"/> over loopback: the fake posts signed webhook events to the
/// bot's web server, the bot sends through the fake's Open API. The office admin is "zalooa:office".
/// </summary>
public sealed class OaBot : IAsyncDisposable
{
    public const string OfficeId = "office";
    private static readonly string[] KnownPeople = ["u1", "u2", OfficeId];

    private OaBot(FakeZaloOaServer oa, IHost host, CapturedLogs logs)
    {
        Oa = oa;
        Host = host;
        Logs = logs;
    }

    public FakeZaloOaServer Oa { get; }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<OaBot> StartAsync(FakeZaloOaServer oa, string databasePath, IDictionary<string, string?>? config = null, string? refreshToken = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ZaloOa:AppId"] = FakeZaloOaServer.AppId,
            ["ZaloOa:AppSecret"] = FakeZaloOaServer.AppSecret,
            ["ZaloOa:OaSecretKey"] = FakeZaloOaServer.OaSecretKey,
            ["ZaloOa:RefreshToken"] = refreshToken ?? oa.InitialRefreshToken,
            ["ZaloOa:OaId"] = FakeZaloOaServer.OaId,
            ["ZaloOa:OAuthBaseUrl"] = oa.BaseUrl,
            ["ZaloOa:ApiBaseUrl"] = oa.BaseUrl,
            ["ZaloOa:ZnsBaseUrl"] = oa.BaseUrl,
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["Storage:DatabasePath"] = databasePath,
            ["Office:AdminUserIds:0"] = $"{ZaloOaChannel.ChannelName}:{OfficeId}",
            ["Sender:MessagesPerSecond"] = "1000",
            ["Sender:BulkIntervalPerChatSeconds"] = "0",
        };
        foreach (var (key, value) in config ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var logs = new CapturedLogs();
        var host = BotHost.CreateBuilder(
            [],
            configure: cfg => cfg.AddInMemoryCollection(settings),
            services: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))).Build();
        await host.StartAsync();
        oa.WebhookUrl = host.Services.GetRequiredService<BotWebServer>().Addresses[0].TrimEnd('/') + ZaloOaWebhookEndpoints.Path;
        Consents.Grant(host.Services, [.. KnownPeople.Select(id => $"{ZaloOaChannel.ChannelName}:{id}")]);
        return new OaBot(oa, host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Host.StopAsync(stop.Token);
        Host.Dispose();
    }
}
