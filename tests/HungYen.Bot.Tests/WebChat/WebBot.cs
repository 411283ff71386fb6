using System.Net;
using System.Net.Sockets;
using HungYen.Bot.Core.Delegates;
using HungYen.Bot.Core.Nominations;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.Tests.Support;
using HungYen.Bot.WebChat;
using Delegate = HungYen.Bot.Core.Delegates.Delegate;

namespace HungYen.Bot.Tests.WebChat;

/// <summary>The real host with its web server on a loopback port (the web chat on), beside the fake Telegram for the office.</summary>
public sealed class WebBot : IAsyncDisposable
{
    private readonly FakeTelegramServer _fake;
    private readonly TempDatabase _database;

    private WebBot(FakeTelegramServer fake, TempDatabase database, RunningBot bot, string baseUrl)
    {
        _fake = fake;
        _database = database;
        Bot = bot;
        BaseUrl = baseUrl;
    }

    public RunningBot Bot { get; }

    public FakeTelegramServer Telegram => _fake;

    public IRecordStore Store => Bot.Store;

    /// <summary>Where the bot listens, which is also its Web:PublicBaseUrl, e.g. "http://127.0.0.1:41234".</summary>
    public string BaseUrl { get; }

    public string PageUrl => BaseUrl + WebChatEndpoints.Root;

    public static async Task<WebBot> StartAsync(IDictionary<string, string?>? config = null)
    {
        var fake = new FakeTelegramServer();
        await fake.StartAsync();
        var database = new TempDatabase("hy-web");
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var settings = new Dictionary<string, string?>
        {
            ["Web:Urls"] = baseUrl,
            ["Web:PublicBaseUrl"] = baseUrl,
            ["Web:LinkSigningKey"] = "web-chat-tests-signing-key-0123456789abcdef",
            ["Bot:Username"] = "HungYenBot",
            ["Conference:Start"] = "2099-12-18T08:00",
            ["Conference:Venue"] = "Hội trường Sở KH&CN",
            ["Conference:RsvpDeadline"] = "2099-12-10T17:00",
            ["Conference:NominationDeadline"] = "2099-12-01T17:00",
        };
        Settings.Merge(settings, config);

        var bot = await RunningBot.StartAsync(fake, database.Path, settings);
        return new WebBot(fake, database, bot, baseUrl);
    }

    public string Link(string code) => $"{PageUrl}/{code}";

    public Delegate SeedDelegate(string name, string position, string organization, string phone, params string[] addresses)
    {
        var @delegate = new Delegate
        {
            Id = DelegateIds.Next(Store),
            FullName = name,
            Position = position,
            Organization = organization,
            Phone = phone,
            Token = DelegateCodes.NewToken(),
            InviteCode = DelegateCodes.NewShortCode(),
            CheckInCode = DelegateCodes.NewShortCode(),
            Addresses = [.. addresses],
        };
        var changes = new ChangeSet();
        changes.Upsert(@delegate);
        Store.Commit(changes);
        return @delegate;
    }

    public Delegate Find(string delegateId) => Store.Find<Delegate>(delegateId)!;

    public string EnrolmentCode(string unit) => Store.Find<Unit>(unit)!.EnrolmentCode;

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await _fake.DisposeAsync();
        _database.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
