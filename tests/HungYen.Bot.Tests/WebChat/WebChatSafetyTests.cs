using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HungYen.Bot.Core.Outbound;
using HungYen.Bot.WebChat;

namespace HungYen.Bot.Tests.WebChat;

/// <summary>The chat's HTTP surface without a browser: CSRF, size limits, rate limits, headers, exactly-once posts.</summary>
public sealed class WebChatSafetyTests
{
    [Fact]
    public async Task Page_CarriesSecurityHeadersAndAnHttpOnlyCookie()
    {
        await using var bot = await WebBot.StartAsync();
        using var http = Client(bot, out _);

        using var page = await http.GetAsync("/w");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        var cookie = page.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public async Task Post_WithoutOrWithAWrongCsrfToken_IsRefusedAndNothingIsApplied()
    {
        await using var bot = await WebBot.StartAsync();
        using var http = Client(bot, out _);
        await http.GetAsync("/w");

        using var missing = await http.PostAsJsonAsync("/w/api/messages", new { id = "abcdefgh01", text = "/start" });
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/w/api/messages") { Content = JsonContent.Create(new { id = "abcdefgh02", text = "/start" }) };
        wrong.Headers.Add(WebChatSessions.CsrfHeader, "forged");
        using var wrongAnswer = await http.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongAnswer.StatusCode);
        Assert.Empty(bot.Store.Query<WebChatMessage>());
    }

    [Fact]
    public async Task Post_SameClientIdTwice_IsAppliedAndShownOnce()
    {
        await using var bot = await WebBot.StartAsync();
        using var http = Client(bot, out _);
        var csrf = await CsrfAsync(http);

        var first = await PostAsync(http, csrf, new { id = "retry-0001", text = "/id" });
        var queued = bot.Store.Count<OutboxMessage>(m => m.Channel == WebChatChannel.ChannelName);
        var second = await PostAsync(http, csrf, new { id = "retry-0001", text = "/id" }); // answered once the engine has handled it

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first, second));
        Assert.True(queued > 0);
        Assert.Equal(queued, bot.Store.Count<OutboxMessage>(m => m.Channel == WebChatChannel.ChannelName));
        Assert.Single(bot.Store.Query<WebChatMessage>(m => !m.FromBot));
    }

    [Fact]
    public async Task Bodies_OverTheLimit_Get413()
    {
        await using var bot = await WebBot.StartAsync(new Dictionary<string, string?> { ["WebChat:MaxUploadMegabytes"] = "1" });
        using var http = Client(bot, out _);
        var csrf = await CsrfAsync(http);

        var text = await PostAsync(http, csrf, new { id = "big-00001", text = new string('a', 20_000) });
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/w/api/files") { Content = new ByteArrayContent(new byte[2 * 1024 * 1024]) };
        upload.Headers.Add(WebChatSessions.CsrfHeader, csrf);
        upload.Headers.Add(WebChatInbox.IdHeader, "big-00002");
        upload.Headers.Add(WebChatInbox.FileNameHeader, "bao-cao.pdf");
        using var uploaded = await http.SendAsync(upload);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, text);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, uploaded.StatusCode);
        Assert.Contains("không quá 1 MB", await uploaded.Content.ReadAsStringAsync());
        Assert.Empty(bot.Store.Query<WebChatMessage>(m => !m.FromBot));
    }

    [Fact]
    public async Task Flood_FromOneBrowser_Gets429_WhileAnotherBrowserIsServed()
    {
        await using var bot = await WebBot.StartAsync(new Dictionary<string, string?> { ["WebChat:RequestsPerMinutePerBrowser"] = "10" });
        using var flooder = Client(bot, out _);
        using var other = Client(bot, out _);
        await flooder.GetAsync("/w");

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ => (await flooder.GetAsync("/w/api/state")).StatusCode));
        using var served = await other.GetAsync("/w");

        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
        Assert.DoesNotContain(HttpStatusCode.InternalServerError, answers);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    private static HttpClient Client(WebBot bot, out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(bot.BaseUrl) };
    }

    private static async Task<string> CsrfAsync(HttpClient http)
    {
        await http.GetAsync("/w");
        using var state = JsonDocument.Parse(await http.GetStringAsync("/w/api/state"));
        return state.RootElement.GetProperty("csrf").GetString()!;
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string csrf, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/w/api/messages") { Content = JsonContent.Create(body) };
        request.Headers.Add(WebChatSessions.CsrfHeader, csrf);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
