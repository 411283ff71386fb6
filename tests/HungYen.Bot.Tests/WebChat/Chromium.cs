using Microsoft.Playwright;

namespace HungYen.Bot.Tests.WebChat;

/// <summary>
/// Debian's headless Chromium (/usr/bin/chromium, installed by .ci/run) driven by Playwright's own driver from the NuGet
/// package: nothing is downloaded at test time. One browser for the test class; each person gets a fresh context.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: apt-get install -y chromium (.ci/run does it).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A phone: 360 px wide, Vietnamese, downloads allowed.</summary>
    public async Task<ChatPage> PhoneAsync(WebBot bot)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "vi-VN",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return new ChatPage(bot, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
