using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using HungYen.Bot.Core.Privacy;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeTelegram;
using HungYen.Bot.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Benchmarks;

/// <summary>The web chat's figures: browsers' worth of HTTP clients against the real host's /w API.</summary>
internal static class WebMeasurements
{
    /// <summary>
    /// <paramref name="browsers"/> clients, each with its own session cookie and CSRF token, post "/id" as fast as the
    /// host answers (closed loop); a message counts once the bot's reply is in that person's web history.
    /// </summary>
    public static async Task<double> ThroughputAsync(int browsers, int messagesEach)
    {
        await using var web = await WebBench.StartAsync(browsers);
        var before = web.Replies;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(web.Clients.Select(async c =>
        {
            for (var i = 0; i < messagesEach; i++)
            {
                await c.PostAsync(Guid.NewGuid().ToString("N"));
            }
        }));
        var total = browsers * messagesEach;
        await web.UntilRepliesAsync(before + total);
        return total / watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Latency of a post (the turn handled and committed, the answer queued) at a steady <paramref name="perSecond"/>
    /// spread over <paramref name="browsers"/> browsers (open loop, as the Telegram latency figure).
    /// </summary>
    public static async Task<(double P50, double P99)> LatencyAsync(int browsers, int perSecond, int seconds)
    {
        await using var web = await WebBench.StartAsync(browsers);
        var count = perSecond * seconds;
        var durations = new double[count];
        var posts = new List<Task>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            while (watch.Elapsed < due)
            {
                await Task.Delay(1);
            }

            var index = i;
            posts.Add(Task.Run(async () =>
            {
                var one = Stopwatch.StartNew();
                await web.Clients[index % browsers].PostAsync(Guid.NewGuid().ToString("N"));
                durations[index] = one.Elapsed.TotalMilliseconds;
            }));
        }

        await Task.WhenAll(posts);
        Array.Sort(durations);
        return (durations[count / 2], durations[(int)Math.Ceiling(0.99 * count) - 1]);
    }

    /// <summary>Resident memory the bot's own process (dotnet HungYen.Bot.dll) gains by holding <paramref name="streams"/> open event streams.</summary>
    public static async Task<double> EventStreamsMegabytesAsync(int streams)
    {
        await using var fake = new FakeTelegramServer();
        await fake.StartAsync();
        using var database = new TempDatabase("hy-bench-web");
        var url = $"http://127.0.0.1:{FreePort()}";
        using var bot = BotProcess.Start(fake, database.Path, Web(url, streams * 10));
        await BenchHost.UntilAsync(() => fake.RequestCount("getUpdates") > 0, TimeSpan.FromSeconds(30));
        var clients = new List<Browser>();
        for (var i = 0; i < 20; i++)
        {
            clients.Add(await Browser.OpenAsync(url)); // warm the endpoints before the baseline
        }

        await Task.Delay(500);
        var baseline = Rss(bot);
        var open = new List<HttpResponseMessage>();
        for (var i = 0; i < streams; i++)
        {
            var client = await Browser.OpenAsync(url);
            clients.Add(client);
            open.Add(await client.Http.GetAsync("/w/api/events", HttpCompletionOption.ResponseHeadersRead));
        }

        await Task.Delay(1000);
        var held = Rss(bot);
        foreach (var response in open)
        {
            response.Dispose();
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }

        return (held - baseline) / 1024d / 1024d;
    }

    private static long Rss(BotProcess bot) => bot.ResidentBytes;

    private static Dictionary<string, string?> Web(string url, int browsers) => new()
    {
        ["Web:Urls"] = url,
        ["Web:PublicBaseUrl"] = url,
        ["WebChat:RequestsPerMinutePerAddress"] = "1000000",
        ["WebChat:RequestsPerMinutePerBrowser"] = "100000",
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host with the web chat on, and browsers that have consented and sent one warm-up message each.</summary>
    private sealed class WebBench(BenchHost bench, Browser[] clients) : IAsyncDisposable
    {
        public Browser[] Clients => clients;

        public int Replies => bench.Store.Count<WebChatMessage>(m => m.FromBot);

        public static async Task<WebBench> StartAsync(int browsers)
        {
            var url = $"http://127.0.0.1:{FreePort()}";
            var bench = await BenchHost.StartAsync(extra: Web(url, browsers));
            var clients = await Task.WhenAll(Enumerable.Range(0, browsers).Select(_ => Browser.OpenAsync(url)));
            var version = bench.Host.Services.GetRequiredService<IOptions<PrivacyOptions>>().Value.NoticeVersion;
            var consents = new ChangeSet();
            foreach (var client in clients)
            {
                consents.Upsert(new Consent { Id = client.Person, Version = version, GivenAt = DateTimeOffset.UtcNow });
            }

            bench.Store.Commit(consents);
            var web = new WebBench(bench, clients);
            var before = web.Replies;
            await Task.WhenAll(clients.Select(c => c.PostAsync("warm-" + Guid.NewGuid().ToString("N"))));
            await web.UntilRepliesAsync(before + browsers);
            return web;
        }

        public async Task UntilRepliesAsync(int count)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
            while (Replies < count)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException("The web chat's replies did not all arrive.");
                }

                await Task.Delay(50); // a count is a scan: asked rarely, so that it does not slow what it measures
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }

            await bench.DisposeAsync();
        }
    }

    private sealed class Browser(HttpClient http, string person, string csrf) : IDisposable
    {
        public HttpClient Http => http;

        public string Person => person;

        public static async Task<Browser> OpenAsync(string url)
        {
            var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), MaxConnectionsPerServer = 4 }) { BaseAddress = new Uri(url) };
            (await http.GetAsync("/w")).Dispose();
            using var state = JsonDocument.Parse(await http.GetStringAsync("/w/api/state"));
            return new Browser(http, state.RootElement.GetProperty("person").GetString()!, state.RootElement.GetProperty("csrf").GetString()!);
        }

        public async Task PostAsync(string id)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/w/api/messages") { Content = JsonContent.Create(new { id, text = "/id" }) };
            request.Headers.Add(WebChatSessions.CsrfHeader, csrf);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }

        public void Dispose() => http.Dispose();
    }
}
