using System.Net;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Files;
using HungYen.Bot.Core.Participants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HungYen.Bot.Tests.Zalo;

/// <summary>Files on Zalo go out as signed links to the bot's own download endpoint; photos are shown by that URL.</summary>
public sealed class ZaloFileTests
{
    private static readonly byte[] Workbook = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 4, 5, 6];

    [Fact]
    public async Task File_IsSentAsLinkThatDownloadsForTheRecipient()
    {
        await using var bot = await StartAsync();

        bot.Zalo.SendText("f1", "/file");

        var sent = await bot.Zalo.WaitForTextAsync("f1", "danh-sach.xlsx");
        Assert.StartsWith("Danh sách đại biểu", sent.Text);
        Assert.Contains("có hiệu lực trong 2 giờ", sent.Text); // a list of delegates carries personal data: a short-lived link
        var link = LinkIn(sent.Text!);
        Assert.Contains("to=zalo%3Af1", link.Query);
        using var http = new HttpClient();
        using var response = await http.GetAsync(Local(bot, link));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Workbook, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Download_ForAnotherRecipientOrTampered_IsNotFound()
    {
        await using var bot = await StartAsync();
        bot.Zalo.SendText("f2", "/file");
        var link = LinkIn((await bot.Zalo.WaitForTextAsync("f2", "danh-sach.xlsx")).Text!);
        var local = Local(bot, link);
        using var http = new HttpClient();

        var otherPerson = await http.GetAsync(local.Replace("to=zalo%3Af2", "to=zalo%3Aother", StringComparison.Ordinal));
        var tampered = await http.GetAsync(local.Replace("sig=", "sig=x", StringComparison.Ordinal));
        var unsigned = await http.GetAsync(local[..local.IndexOf('?', StringComparison.Ordinal)]);

        Assert.Equal(HttpStatusCode.NotFound, otherPerson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unsigned.StatusCode);
    }

    [Fact]
    public async Task Download_AfterExpiry_IsGone()
    {
        await using var bot = await StartAsync();
        bot.Zalo.SendText("f3", "/file");
        var fileId = LinkIn((await bot.Zalo.WaitForTextAsync("f3", "danh-sach.xlsx")).Text!).AbsolutePath["/files/".Length..];

        // Same key, issued 73 hours ago: the signature is good, the expiry has passed.
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow - TimeSpan.FromHours(73));
        var old = new FileLinks(bot.Services.GetRequiredService<IOptions<WebOptions>>(), past).Create(fileId, new("zalo", "f3"));
        using var http = new HttpClient();
        var response = await http.GetAsync(Local(bot, old));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task Photo_IsSentByUrlThroughSendPhoto()
    {
        await using var bot = await StartAsync();

        bot.Zalo.SendText("f4", "/photo");

        var photo = await bot.Zalo.WaitForMessageAsync(m => m.ChatId == "f4" && m.Method == "sendPhoto");
        Assert.StartsWith("https://bot.example.gov.vn/files/", photo.Photo);
        using var http = new HttpClient();
        Assert.Equal(Png, await http.GetByteArrayAsync(Local(bot, new Uri(photo.Photo!))));
        await bot.Zalo.WaitForTextAsync("f4", "ma-qr.png");

        // Best effort after the text that carries the link, never before it.
        var toF4 = bot.Zalo.Sent.Where(m => m.ChatId == "f4").ToList();
        Assert.True(toF4.FindIndex(m => m.Text?.Contains("ma-qr.png", StringComparison.Ordinal) == true) < toF4.FindIndex(m => m.Method == "sendPhoto"));
    }

    [Fact]
    public async Task Photo_RefusedByZalo_TheTextWithItsLinkStillArrives_AndNothingIsRetried()
    {
        await using var bot = await StartAsync();
        bot.Zalo.RefusePhotos = true;

        var text = await bot.Zalo.SaysAsync("f4", "/photo", "ma-qr.png");
        await bot.Zalo.SaysAsync("f4", "/id", "zalo:f4");

        using var http = new HttpClient();
        Assert.Equal(Png, await http.GetByteArrayAsync(Local(bot, LinkIn(text.Text!))));
        Assert.Single(bot.Zalo.Sent, m => m.ChatId == "f4" && m.Text?.Contains("ma-qr.png", StringComparison.Ordinal) == true);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("did not show the photo inline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task File_WithoutWebServer_SaysItCannotBeSentOnZalo()
    {
        await using var bot = await ZaloBot.StartAsync(services: AddFileCommands);

        bot.Zalo.SendText("f5", "/file");

        await bot.Zalo.WaitForTextAsync("f5", "Tệp «danh-sach.xlsx» chưa thể gửi qua Zalo");
    }

    private static Task<ZaloBot> StartAsync() => ZaloBot.StartAsync(
        new Dictionary<string, string?>
        {
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["Web:PublicBaseUrl"] = "https://bot.example.gov.vn",
            ["Web:LinkSigningKey"] = "test-signing-key-0123456789abcdef-0123",
        },
        AddFileCommands);

    private static void AddFileCommands(IServiceCollection services)
    {
        services.AddSingleton<IBotCommand>(new FileCommand("file", "danh-sach.xlsx", Workbook, false));
        services.AddSingleton<IBotCommand>(new FileCommand("photo", "ma-qr.png", Png, true));
    }

    private static Uri LinkIn(string text) =>
        new(text.Split([' ', '\n']).First(w => w.StartsWith("https://bot.example.gov.vn/files/", StringComparison.Ordinal)));

    private static string Local(ZaloBot bot, Uri link) => ZaloWebhookTests.WebAddress(bot) + link.PathAndQuery;

    private sealed class FileCommand(string name, string fileName, byte[] content, bool isPhoto) : IBotCommand
    {
        public CommandCard Card { get; } = new(name, "Gửi một tệp thử", "Sends a test file");

        public Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
        {
            turn.SendFile("Danh sách đại biểu", fileName, content, isPhoto);
            return Task.CompletedTask;
        }
    }
}
