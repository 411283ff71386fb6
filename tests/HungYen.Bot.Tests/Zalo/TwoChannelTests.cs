using HungYen.Bot.Core.Channels;
using HungYen.Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HungYen.Bot.Tests.Zalo;

/// <summary>Telegram and Zalo in one process over one database.</summary>
public sealed class TwoChannelTests
{
    [Fact]
    public async Task TelegramAndZalo_InOneProcess_BothAnswerAndNoticesCrossChannels()
    {
        await using var telegram = await TelegramStub.StartAsync();
        await using var bot = await ZaloBot.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = TelegramStub.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Office:AdminUserIds:0"] = "telegram:999",
        });
        Assert.Equal(["telegram", "zalo"], bot.Services.GetServices<IChatChannel>().Select(c => c.Name).Order());

        telegram.SendText(111, "Hoàng Văn Hải", "/id");
        bot.Zalo.SendText("z1", "/id", "Ngô Thị Lan");
        await telegram.WaitForTextAsync(111, "telegram:111");
        await bot.Zalo.WaitForTextAsync("z1", "zalo:z1");

        // A Zalo user's message reaches the office admin, who is on Telegram.
        await bot.Zalo.SaysAsync("z1", "/start", "1. ✉️ Gửi ý kiến tới Văn phòng Sở");
        await bot.Zalo.SaysAsync("z1", "1", "Xin đồng chí nhập nội dung");
        await bot.Zalo.SaysAsync("z1", "Đề nghị gửi lại Giấy mời", "«Đề nghị gửi lại Giấy mời»");
        bot.Zalo.SendText("z1", "1");
        var notice = await telegram.WaitForTextAsync(999, "Đề nghị gửi lại Giấy mời");
        Assert.Contains("Ngô Thị Lan (zalo:z1)", notice);
    }

    [Fact]
    public void Start_WithNoChannelToken_FailsNamingBothKeys()
    {
        using var host = BotHost.CreateBuilder(
            [],
            configure: cfg => cfg.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Telegram:BotToken"] = "",
                ["Zalo:BotToken"] = "",
                ["Storage:DatabasePath"] = Path.Combine(Path.GetTempPath(), $"hy-none-{Guid.NewGuid():N}.db"),
            })).Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<HungYen.Bot.Telegram.TelegramOptions>>().Value);

        Assert.Contains("Telegram:BotToken", error.Message);
        Assert.Contains("Zalo:BotToken", error.Message);
    }

    [Fact]
    public async Task Start_WebhookModeWithoutWebServer_FailsNamingTheKeys()
    {
        await using var zalo = await Testing.FakeZalo.FakeZaloServer.StartAsync();
        using var host = BotHost.CreateBuilder(
            [],
            configure: cfg => cfg.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Zalo:BotToken"] = zalo.Token,
                ["Zalo:ApiBaseUrl"] = zalo.BaseUrl,
                ["Zalo:Mode"] = "Webhook",
                ["Zalo:WebhookSecret"] = "webhook-secret-123",
                ["Storage:DatabasePath"] = Path.Combine(Path.GetTempPath(), $"hy-none-{Guid.NewGuid():N}.db"),
            })).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Web:Urls", error.Message);
        Assert.Contains("Web:PublicBaseUrl", error.Message);
    }

    [Fact]
    public async Task Start_WithOnlyZaloToken_Runs()
    {
        await using var bot = await ZaloBot.StartAsync();

        Assert.Equal(["zalo"], bot.Services.GetServices<IChatChannel>().Select(c => c.Name));
    }
}
