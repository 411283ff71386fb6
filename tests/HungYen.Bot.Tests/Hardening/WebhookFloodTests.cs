using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HungYen.Bot.Testing.FakeZalo;
using HungYen.Bot.Tests.Zalo;
using HungYen.Bot.Web;
using HungYen.Bot.Zalo;

namespace HungYen.Bot.Tests.Hardening;

/// <summary>Repeated webhook calls without the secret are rate limited and logged in aggregate; real calls still pass.</summary>
public sealed class WebhookFloodTests
{
    [Fact]
    public async Task ZaloWebhook_FiftyCallsWithAWrongSecret_RateLimitedOneLogLineAndTheRealOneStillAnswered()
    {
        await using var bot = await ZaloWebhookTests.StartAsync();
        using var http = new HttpClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            var forged = FakeZaloServer.Update("message.text.received", "x1", "Kẻ lạ", "/start", $"forged-{i}");
            statuses.Add((await PostAsync(http, bot, forged, i % 2 == 0 ? "wrong-secret" : null)).StatusCode);
        }

        Assert.All(statuses.Take(UnauthenticatedCalls.RefusalsPerWindow), s => Assert.True(s is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, s.ToString()));
        Assert.All(statuses.Skip(UnauthenticatedCalls.RefusalsPerWindow), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Single(bot.Logs.Lines, l => l.Contains("without valid credentials", StringComparison.Ordinal));

        var real = await PostAsync(http, bot, FakeZaloServer.Update("message.text.received", "w9", "Người thật", "/id", "real-1"), "webhook-secret-123");
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        await bot.Zalo.WaitForTextAsync("w9", "Thông báo về xử lý dữ liệu cá nhân"); // processed: the real call is answered
        Assert.DoesNotContain(bot.Zalo.Sent, m => m.ChatId == "x1");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, ZaloBot bot, JsonObject body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ZaloWebhookTests.WebAddress(bot) + ZaloWebhookEndpoints.Path) { Content = JsonContent.Create(body) };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation(ZaloWebhookEndpoints.SecretHeader, secret);
        }

        return await http.SendAsync(request);
    }
}
