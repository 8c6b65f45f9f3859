using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Needs;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ServiceLineJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "OA-P1")]
    [Trait("Criterion", "OA-P2")]
    public async Task FinanceOfficer_AddsAServiceLine_EntersDemand_SeesTheCommitment()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.FinanceOfficer);
        await page.GetByRole(AriaRole.Link, new() { Name = "Needs and money", Exact = true }).First.ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a service line" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Extra care housing");
        await page.GetByLabel("Unit of volume").FillAsync("flats");
        await page.GetByLabel("Cost of one unit for a year, in base-year prices").FillAsync("9,500");
        await page.GetByLabel("Price inflation a year (optional)").FillAsync("300");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save service line" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Equal(
            "9,500",
            await page.GetByLabel("Cost of one unit for a year, in base-year prices").InputValueAsync()
        );
        await page.GetByLabel("Price inflation a year (optional)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save service line" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);

        await page.GetByRole(AriaRole.Link, new() { Name = "Enter or change demand by year" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        var volumes = page.Locator("input[name$='.Volume']");
        await volumes.Nth(0).FillAsync("80");
        await volumes.Nth(1).FillAsync("90");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save demand" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        var table = await page.Locator("[aria-label='Demand and commitment by year']").InnerTextAsync();
        Assert.Contains("£760,000.00", table); // 80 × £9,500
        Assert.Contains("£880,650.00", table); // 90 × £9,500 × 1.03
    }
}
