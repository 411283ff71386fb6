using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HungYen.Bot.Core.Storage;
using HungYen.Bot.Testing;
using HungYen.Bot.Testing.FakeZalo;
using HungYen.Bot.Tests.Support;
using HungYen.Bot.Web;
using HungYen.Bot.Zalo;
using Microsoft.Extensions.DependencyInjection;

namespace HungYen.Bot.Tests.Zalo;

/// <summary>Webhook mode: the secret header decides whether anything is processed; both body shapes are accepted.</summary>
public sealed class ZaloWebhookTests
{
    private const string Secret = "webhook-secret-123";

    [Fact]
    public async Task Start_RegistersWebhookWithSecret()
    {
        await using var bot = await StartAsync();

        await Waiting.UntilAsync(() => bot.Zalo.WebhookUrl is not null);

        Assert.Equal("https://bot.example.gov.vn/zalo/webhook", bot.Zalo.WebhookUrl);
        Assert.Equal(Secret, bot.Zalo.WebhookSecret);
        Assert.Equal(0, bot.Zalo.GetUpdatesCalls);
    }

    [Fact]
    public async Task CorrectSecret_BareBody_IsProcessed()
    {
        await using var bot = await StartAsync();
        var body = FakeZaloServer.Update("message.text.received", "w1", "Phạm Thị Dung", "/start", "wh-1");

        var response = await PostAsync(bot, body, Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Zalo.WaitForTextAsync("w1", "Kính chào đồng chí Phạm Thị Dung!");
    }

    [Fact]
    public async Task CorrectSecret_WrappedBody_IsProcessed()
    {
        await using var bot = await StartAsync();
        var body = new JsonObject { ["ok"] = true, ["result"] = FakeZaloServer.Update("message.text.received", "w2", "Đỗ Văn Em", "/id", "wh-2") };

        var response = await PostAsync(bot, body, Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Zalo.WaitForTextAsync("w2", "zalo:w2");
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("webhook-secret-124", HttpStatusCode.Forbidden)]
    [InlineData("", HttpStatusCode.Forbidden)]
    public async Task WrongOrMissingSecret_IsRefusedAndNothingProcessed(string? secret, HttpStatusCode expected)
    {
        await using var bot = await StartAsync();
        var body = FakeZaloServer.Update("message.text.received", "w3", "Kẻ lạ", "/start", "wh-3");

        var response = await PostAsync(bot, body, secret);

        Assert.Equal(expected, response.StatusCode);
        // A correctly signed call afterwards is answered; the refused one must have left no reply and no key.
        await PostAsync(bot, FakeZaloServer.Update("message.text.received", "w4", "Người thật", "/id", "wh-4"), Secret);
        await bot.Zalo.WaitForTextAsync("w4", "zalo:w4");
        Assert.DoesNotContain(bot.Zalo.Sent, m => m.ChatId == "w3");
        Assert.False(bot.Services.GetRequiredService<IRecordStore>().WasProcessed("zalo:wh-3"));
    }

    [Fact]
    public async Task RedeliveredWebhook_IsAppliedOnce()
    {
        await using var bot = await StartAsync();
        var body = FakeZaloServer.Update("message.text.received", "w5", "Vũ Thị Giang", "/id", "wh-5");

        await PostAsync(bot, body, Secret);
        await PostAsync(bot, body, Secret);
        await PostAsync(bot, FakeZaloServer.Update("message.text.received", "w5", "Vũ Thị Giang", "/help", "wh-6"), Secret);

        await bot.Zalo.WaitForTextAsync("w5", "Hướng dẫn sử dụng");
        Assert.Single(bot.Zalo.Sent, m => m.ChatId == "w5" && m.Text!.Contains("zalo:w5", StringComparison.Ordinal));
    }

    internal static Task<ZaloBot> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["Zalo:Mode"] = "Webhook",
            ["Zalo:WebhookSecret"] = Secret,
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["Web:PublicBaseUrl"] = "https://bot.example.gov.vn",
            ["Web:LinkSigningKey"] = "test-signing-key-0123456789abcdef-0123",
        };
        Settings.Merge(config, extra);

        return ZaloBot.StartAsync(config);
    }

    internal static string WebAddress(ZaloBot bot) => bot.Services.GetRequiredService<BotWebServer>().Addresses[0];

    private static async Task<HttpResponseMessage> PostAsync(ZaloBot bot, JsonObject body, string? secret)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, WebAddress(bot) + ZaloWebhookEndpoints.Path) { Content = JsonContent.Create(body) };
        if (secret is not null)
        {
            request.Headers.TryAddWithoutValidation(ZaloWebhookEndpoints.SecretHeader, secret);
        }

        return await http.SendAsync(request);
    }
}
