using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeZaloOa;
using HungYen.Bot.Tests.Support;
using HungYen.Bot.Web;
using HungYen.Bot.ZaloOa;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HungYen.Bot.Tests.ZaloOa;

/// <summary>
/// The real host talking to a <see cref="FakeZaloOaServer"/> over loopback: the fake posts signed webhook events to the
/// bot's web server, the bot sends through the fake's Open API. The office admin is "zalooa:office".
/// </summary>
public sealed class OaBot : IAsyncDisposable
{
    public const string OfficeId = "office";
    private static readonly string[] KnownPeople = ["u1", "u2", OfficeId];

    private readonly TempDatabase? _ownDatabase;
    private readonly bool _ownsOa;

    private OaBot(FakeZaloOaServer oa, IHost host, CapturedLogs logs, TempDatabase? ownDatabase = null)
    {
        Oa = oa;
        Host = host;
        Logs = logs;
        _ownDatabase = ownDatabase;
        _ownsOa = ownDatabase is not null;
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
        var (host, logs) = await StartedHost.StartAsync(settings, config, consented: [.. KnownPeople.Select(id => $"{ZaloOaChannel.ChannelName}:{id}")]);
        oa.WebhookUrl = host.Services.GetRequiredService<BotWebServer>().Addresses[0].TrimEnd('/') + ZaloOaWebhookEndpoints.Path;
        return new OaBot(oa, host, logs);
    }

    /// <summary>
    /// Given a fake OA and the bot started on a LiteDB file of its own, both of which go with the bot (<see cref="Oa"/>
    /// is the fake): the opening of a test that neither restarts the bot nor shares the fake.
    /// </summary>
    public static async Task<OaBot> GivenStartedAsync(IDictionary<string, string?>? config = null)
    {
        var oa = await FakeZaloOaServer.StartAsync();
        var database = new TempDatabase("hy-oa");
        try
        {
            var bot = await StartAsync(oa, database.Path, config);
            return new OaBot(oa, bot.Host, bot.Logs, database);
        }
        catch
        {
            database.Dispose();
            await oa.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Host.StopAsync(stop.Token);
        Host.Dispose();
        _ownDatabase?.Dispose();
        if (_ownsOa)
        {
            await Oa.DisposeAsync();
        }
    }
}
