using System.Text.RegularExpressions;
using CareCommissioning.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Platform;

/// <summary>
/// The interactive API reference (Scalar, a third party's page inside ours) as a developer uses it in Chromium: no axe
/// violation (WCAG 2.2 A and AA) when it opens or on an operation reached from its sidebar, and no console errors — no
/// blocked styles, no script errors. It is not a GOV.UK page, so the GOV.UK page checks do not apply.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ApiReferenceTests(BrowserFixture browser)
{
    [Fact]
    public async Task Developer_ReadsTheApiReference_WithoutContrastFailuresOrConsoleErrors()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/api/reference");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Care Commissioning API" }).WaitForAsync();
        await page.GetByText("Open API Client").WaitForAsync();

        Assert.Empty((await PageChecks.AxeViolationsAsync(page)).Select(v => v.Text));

        // An operation of the budget negotiation, from the sidebar.
        await page.GetByText("Options appraisals", new() { Exact = true }).First.ClickAsync();
        await page.GetByText(new Regex("^The appraisal's budget proposals")).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^The appraisal's budget proposals") })
            .First.WaitForAsync();

        Assert.Empty((await PageChecks.AxeViolationsAsync(page)).Select(v => v.Text));
        Assert.Empty(tab.Problems);
    }
}
