using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Infrastructure;

/// <summary>One live app and one headless Chromium (Debian's package, driven offline) shared by every browser
/// test.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>CC_CHROMIUM if set; otherwise Debian's headless shell, the Chromium build made for headless use (no
    /// window system or GPU process, about a sixth less time a journey: decision 0039); otherwise the full
    /// browser.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CC_CHROMIUM")
        ?? (File.Exists(HeadlessShell) ? HeadlessShell : "/usr/bin/chromium");

    private const string HeadlessShell = "/usr/bin/chromium-headless-shell";

    public LiveApp App { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    private IPlaywright _playwright = default!;

    public async Task InitializeAsync()
    {
        App = new LiveApp();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                ],
            }
        );
    }

    /// <summary>A fresh browser context (no cookies) and page, with console errors and CSP violations
    /// collected.</summary>
    public async Task<BrowserPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = App.BaseUrl,
                ViewportSize = new ViewportSize { Width = width, Height = height },
                JavaScriptEnabled = javaScript,
            }
        );
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        App.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
