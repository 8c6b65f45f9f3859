using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Infrastructure;

/// <summary>A page in its own context, with what went wrong in the browser (console errors, page errors, CSP
/// reports).</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        // Chromium logs the page's own 4xx status as a console error; sub-resources are checked by their responses
        // instead.
        page.Console += (_, message) =>
        {
            if (
                message.Type == "error"
                && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
            )
                Problems.Add("console: " + message.Text);
        };
        page.PageError += (_, error) => Problems.Add("page error: " + error);
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType != "document" && response.Status >= 400)
                Problems.Add($"resource {response.Url} answered {response.Status}");
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors (which include Content Security Policy violations) and uncaught script errors.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Goes to a page and checks it: HTTP status, axe (WCAG 2.2 A and AA), the GOV.UK page checks and no
    /// browser errors.</summary>
    public async Task<IResponse> VisitAsync(string path, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException("No response for " + path);
        Assert.True(response.Status == expectedStatus, $"{path} answered {response.Status}, expected {expectedStatus}");
        await PageChecks.AssertGoodPageAsync(this);
        return response;
    }

    /// <summary>Clicks what a person would click, waits for the page it leads to (after any redirect), and checks it:
    /// no error summary, axe, the GOV.UK page checks.</summary>
    public async Task FollowAsync(ILocator target)
    {
        await NavigateByAsync(target);
        var summary = Page.Locator(".govuk-error-summary");
        Assert.True(
            await summary.CountAsync() == 0,
            $"{new Uri(Page.Url).AbsolutePath} refused: {(await summary.CountAsync() > 0 ? await summary.InnerTextAsync() : "")}"
        );
        await PageChecks.AssertGoodPageAsync(this);
    }

    /// <summary>Clicks the first link or button of that role and exact name, waits for the page the click leads to
    /// (listening before the click, so a quick answer on a busy machine is not missed), and checks it: axe and the
    /// GOV.UK page checks. An error summary is allowed, for journeys that show one.</summary>
    public async Task ClickAsync(AriaRole role, string name)
    {
        await NavigateByAsync(Page.GetByRole(role, new() { Name = name, Exact = true }).First);
        await PageChecks.AssertGoodPageAsync(this);
    }

    /// <summary>How far the page scrolls sideways, in CSS pixels: at 320 pixels wide it should not (WCAG 1.4.10), data
    /// tables scrolling in their own regions aside.</summary>
    public Task<int> SidewaysScrollAsync() =>
        Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

    private async Task NavigateByAsync(ILocator target)
    {
        var response = await Page.RunAndWaitForResponseAsync(
            () => target.ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Request.Frame == Page.MainFrame && r.Status is < 300 or >= 400
        );
        try
        {
            await Page.WaitForLoadStateAsync(LoadState.Load);
        }
        catch (TimeoutException)
        {
            // Twice, on a loaded two-core machine, the wait ran out with Playwright reporting the network idle but
            // never the "load" event. The page's own state decides then: its address is the answer's and it has
            // loaded, or the wait really failed.
            if (!await LoadedAsync(response))
                throw;
        }
    }

    private async Task<bool> LoadedAsync(IResponse response) =>
        Page.Url.Split('#')[0] == response.Url.Split('#')[0]
        && await Page.EvaluateAsync<bool>("document.readyState === 'complete'");

    public Task SignInAsync(Role role) => SignInAsync(DemoUsers.For(role));

    /// <summary>Signs in through the real form as a demo user.</summary>
    public async Task SignInAsync(DemoUsers.DemoUser user)
    {
        await VisitAsync("/account/sign-in");
        await Page.GetByLabel("Email address").FillAsync(user.Email);
        await Page.GetByLabel("Password").FillAsync(LiveApp.Password);
        // Listen for the navigation before clicking, so a fast redirect cannot slip past a URL poll; the first sign-in
        // of a fresh app also warms the database model and password hasher, which took over 30 s once on a busy
        // two-core machine.
        var signedIn = Page.WaitForURLAsync(url => !url.Contains("/account/sign-in"), new() { Timeout = 90_000 });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await signedIn;
        await PageChecks.AssertGoodPageAsync(this);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
