using CareCommissioning.BrowserTests.Infrastructure;

namespace CareCommissioning.BrowserTests.Journeys.Platform;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PublicPagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/help/accessibility", "Accessibility statement for Care Commissioning")]
    [InlineData("/help/privacy", "Privacy notice")]
    [InlineData("/help/cookies", "Cookies")]
    [InlineData("/help/feedback", "Give feedback on Care Commissioning")]
    public async Task HelpPages_PassChecks(string path, string heading)
    {
        await using var tab = await browser.NewPageAsync();
        await tab.VisitAsync(path);
        Assert.Equal(heading, (await tab.Page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task UnknownPage_IsPageNotFound()
    {
        await using var tab = await browser.NewPageAsync();
        await tab.VisitAsync("/no-such-page", expectedStatus: 404);
        Assert.Equal("Page not found", (await tab.Page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/help/cookies")]
    public async Task Pages_ReflowAt320PixelsWithoutSidewaysScrolling(string path)
    {
        await using var tab = await browser.NewPageAsync(width: 320, height: 256);
        await tab.VisitAsync(path);
        var overflow = await tab.Page.EvaluateAsync<int>(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        );
        Assert.True(overflow <= 1, $"{path} scrolls sideways by {overflow}px at 320px");
    }

    [Fact]
    public async Task Pages_SendAStrictContentSecurityPolicy()
    {
        await using var tab = await browser.NewPageAsync();
        var response = await tab.VisitAsync("/");
        var csp = await response.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        // GOV.UK Frontend ran (so its script was allowed) and marked the body.
        Assert.True(await tab.Page.EvaluateAsync<bool>("document.body.classList.contains('govuk-frontend-supported')"));
    }
}
