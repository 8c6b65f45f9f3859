using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Purchasing;

/// <summary>
/// An administrator reads the purchasing rules and makes a new version (wrong first, then right); a purchaser asks the
/// route checker which route a purchase needs. Every page goes through axe and the GOV.UK page checks.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PurchasingRulesPagesTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "PU-P15")]
    public async Task Administrator_ReadsTheRules_AndMakesANewVersion_AfterAMistake()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.Administrator);

        await tab.VisitAsync("/purchasing/rules");
        Assert.Contains("£207,720", await page.Locator("main").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Version 1", Exact = true }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Purchasing rules version 1" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a new version of the rules" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Make a new version of the purchasing rules" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);

        // The new rules start next April, so the rules other journeys use today do not change.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var nextApril = new DateOnly(today.Month < 4 ? today.Year : today.Year + 1, 4, 1);
        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByLabel("Month").FillAsync("4");
        await page.GetByLabel("Year").FillAsync(nextApril.Year.ToString());
        await page.GetByLabel("Band 1 starts at (£)").FillAsync("100");
        await page.GetByLabel("Band 2 starts at (£)").FillAsync("10,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make version" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        var errors = await page.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("The first value band must start at £0", errors);
        Assert.Contains("Enter what changed and why", errors);
        Assert.Equal("100", await page.GetByLabel("Band 1 starts at (£)").InputValueAsync());
        Assert.Equal("10,000", await page.GetByLabel("Band 2 starts at (£)").InputValueAsync());
        // The summary link takes the user to the band's field.
        await page.Locator(".govuk-error-summary a", new() { HasText = "The first value band must start at £0" })
            .ClickAsync();
        Assert.Equal("Bands_0__From", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await page.GetByLabel("Band 1 starts at (£)").FillAsync("0");
        await page.GetByLabel("What changed and why")
            .FillAsync("Written quotes from £10,000, as agreed at the annual review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make version" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        var made = await page.Locator("main").InnerTextAsync();
        Assert.Contains("comes into force on 1 April", made);
        Assert.Contains("£0 to under £10,000", made);

        await tab.VisitAsync("/purchasing/rules");
        Assert.Contains("Comes into force later", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    [Trait("Criterion", "PU-P6")]
    [Trait("Criterion", "PU-P4")]
    public async Task Purchaser_AsksTheRouteChecker_WhichRouteTheyNeed()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.Purchaser);

        await tab.VisitAsync("/purchasing/route-checker");
        await page.GetByLabel("What are you buying? (CPV code)").FillAsync("85311100-3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the route" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Equal("85311100-3", await page.GetByLabel("What are you buying? (CPV code)").InputValueAsync());

        await page.GetByLabel("Estimated value of the whole purchase").FillAsync("30,000");
        await page.GetByLabel("No, VAT is to be added").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the route" }).ClickAsync();
        await page.Locator("#answer").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        var answer = await page.Locator("main").InnerTextAsync();
        Assert.Contains("You need: a published request for quotation", answer);
        Assert.Contains("£30,000 plus VAT at 20% is £36,000", answer);
        Assert.Contains("light-touch service", answer);
    }
}
