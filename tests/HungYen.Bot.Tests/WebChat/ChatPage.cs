using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HungYen.Bot.Tests.WebChat;

/// <summary>One person's chat page in the browser: what they type and press, and what the bot answers on screen.</summary>
public sealed class ChatPage(WebBot bot, IPage page)
{
    private static readonly LocatorAssertionsToContainTextOptions Patience = new() { Timeout = 15_000, IgnoreCase = true };

    public IPage Page => page;

    public ILocator BotMessages => page.Locator(".msg:not(.me)");

    public ILocator MyMessages => page.Locator(".msg.me");

    public async Task OpensAsync(string url) => await page.GotoAsync(url);

    /// <summary>Waits until the bot's latest message contains <paramref name="expect"/>.</summary>
    public async Task SeesAsync(string expect) => await Expect(BotMessages.Last).ToContainTextAsync(expect, Patience);

    public async Task SaysAsync(string text, string expect)
    {
        await page.FillAsync("#text", text);
        await page.ClickAsync("#send");
        await SeesAsync(expect);
    }

    /// <summary>Presses the button labelled <paramref name="label"/> on the latest message that has it.</summary>
    public async Task PressesAsync(string label, string expect)
    {
        await page.Locator(".choices button", new PageLocatorOptions { HasTextString = label }).Last.ClickAsync();
        await SeesAsync(expect);
    }

    public async Task SendsFileAsync(string name, string mime, byte[] content, string expect)
    {
        await page.SetInputFilesAsync("#file", new FilePayload { Name = name, MimeType = mime, Buffer = content });
        await SeesAsync(expect);
    }

    public async Task<IDownload> DownloadsAsync(string fileName) =>
        await page.RunAndWaitForDownloadAsync(() => page.Locator("a.file", new PageLocatorOptions { HasTextString = fileName }).Last.ClickAsync());

    /// <summary>A screenshot for README, when HUNGYEN_SCREENSHOTS names a folder.</summary>
    public async Task ScreenshotAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("HUNGYEN_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        }
    }

    public string Url => page.Url;

    public WebBot Bot => bot;
}
