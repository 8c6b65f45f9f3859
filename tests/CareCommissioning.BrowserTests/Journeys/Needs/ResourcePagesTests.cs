using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Needs;

/// <summary>The money and resource pages a finance officer uses, each with an error and then done right, through axe and the checks.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ResourcePagesTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "OA-P5")]
    [Trait("Criterion", "OA-P11")]
    public async Task FinanceOfficer_ProjectsDemand_AsksForAVirement_AddsFundingAndAResource()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.FinanceOfficer);

        await tab.VisitAsync("/needs");
        await page.GetByRole(AriaRole.Link, new() { Name = "Residential care placements" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Project demand from population, prevalence and uptake" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Population aged 85 and over").FillAsync("12,000");
        await page.GetByLabel("Prevalence for 85 and over").FillAsync("30");
        await page.GetByLabel("Uptake for 85 and over").FillAsync("35");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the projection" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Where the population figures come from").FillAsync("ONS 2022-based");
        await page.GetByLabel("Where the prevalence rates come from").FillAsync("POPPI");
        await page.GetByLabel("Where the uptake rate comes from").FillAsync("Care records");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the projection" }).ClickAsync();
        await page.Locator("#projection").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Contains("1,260", await page.Locator("#projection").InnerTextAsync()); // 12,000 × 30% × 35%

        await tab.VisitAsync("/needs/budgets/virements");
        await page.GetByLabel("From budget head").SelectOptionAsync(new SelectOptionValue { Label = "Adult social care – older people" });
        await page.GetByLabel("To budget head").SelectOptionAsync(new SelectOptionValue { Label = "Adult social care – older people" });
        await page.GetByLabel("Financial year").FillAsync("2027/28");
        await page.GetByLabel("Amount").FillAsync("100,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for approval" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("To budget head").SelectOptionAsync(new SelectOptionValue { Label = "Better Care Fund – hospital discharge" });
        await page.GetByLabel("Why the money should move").FillAsync("Discharge pressures this winter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for approval" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);

        await tab.VisitAsync("/needs/funding/add");
        await page.GetByLabel("Name of the opportunity").FillAsync("Winter pressures grant");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save funding opportunity" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);

        await tab.VisitAsync("/needs/resources");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Social workers");
        await page.GetByLabel("Staff").CheckAsync();
        await page.GetByLabel("Unit", new() { Exact = true }).FillAsync("FTE");
        await page.GetByLabel("Financial year").FillAsync("2027/28");
        await page.GetByLabel("How much is available").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add resource" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Contains("Social workers", await page.Locator("table").InnerTextAsync());
    }
}
