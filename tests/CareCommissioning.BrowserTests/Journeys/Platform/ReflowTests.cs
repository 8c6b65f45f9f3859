using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;

namespace CareCommissioning.BrowserTests.Journeys.Platform;

/// <summary>
/// Pages with wide content, as a user sees them: at 320 CSS pixels wide (WCAG 1.4.10, reflow; 1,280 pixels at 400%
/// zoom) nothing but a data table scrolls sideways, and at 1,280 pixels the variance table fits its column.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReflowTests(BrowserFixture browser)
{
    private static async Task AssertNoSidewaysScrollAsync(BrowserPage tab, string path)
    {
        var sideways = await tab.SidewaysScrollAsync();
        Assert.True(sideways <= 1, $"{path} scrolls sideways by {sideways}px at 320px");
    }

    [Theory]
    [InlineData(Role.Purchaser, "/purchasing/rules")]
    [InlineData(Role.Commissioner, "/needs/variance")]
    [InlineData(Role.Commissioner, "/appraisals")]
    public async Task Page_ReflowsAt320Pixels(Role role, string path)
    {
        await using var tab = await browser.NewPageAsync(width: 320, height: 640);
        await tab.SignInAsync(role);
        await tab.VisitAsync(path);

        await AssertNoSidewaysScrollAsync(tab, path);
    }

    [Fact]
    public async Task AppraisalOverview_ReflowsAt320Pixels()
    {
        await using var tab = await browser.NewPageAsync(width: 320, height: 640);
        await tab.SignInAsync(Role.Commissioner);
        await tab.VisitAsync("/appraisals");
        var overview = await tab.Page.Locator("main table a.govuk-link").First.GetAttributeAsync("href");
        await tab.VisitAsync(overview!);

        await AssertNoSidewaysScrollAsync(tab, overview!);
    }

    [Fact]
    public async Task VarianceTable_FitsItsColumnAt1280Pixels()
    {
        await using var tab = await browser.NewPageAsync(width: 1280, height: 900);
        await tab.SignInAsync(Role.Commissioner);
        await tab.VisitAsync("/needs/variance");

        var hidden = await tab.Page.EvaluateAsync<int>(
            "(() => { const w = document.querySelector('[aria-label=\"Variance by year\"]'); return w.scrollWidth - w.clientWidth; })()"
        );
        Assert.True(hidden <= 1, $"the variance table is {hidden}px wider than its column at 1280px");
    }
}
