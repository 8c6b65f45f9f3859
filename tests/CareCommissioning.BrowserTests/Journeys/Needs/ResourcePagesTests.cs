using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Needs;

/// <summary>The money and resource pages a finance officer uses, each with an error and then done right, through axe
/// and the checks.</summary>
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
        await page.GetByRole(AriaRole.Link, new() { Name = "Project demand from population, prevalence and uptake" })
            .ClickAsync();
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
        await page.GetByLabel("From budget head")
            .SelectOptionAsync(new SelectOptionValue { Label = "Adult social care – older people" });
        await page.GetByLabel("To budget head")
            .SelectOptionAsync(new SelectOptionValue { Label = "Adult social care – older people" });
        await page.GetByLabel("Financial year").FillAsync("2027/28");
        await page.GetByLabel("Amount").FillAsync("100,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for approval" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("To budget head")
            .SelectOptionAsync(new SelectOptionValue { Label = "Better Care Fund – hospital discharge" });
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

    [Fact]
    [Trait("Criterion", "OA-P3")]
    [Trait("Criterion", "OA-P11")]
    public async Task FinanceOfficer_RenamesAndArchivesAHead_ReleasesACommitment_AndChoosesSensitivityTests()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.FinanceOfficer);

        // A budget head of its own, renamed (with a mistake first), archived and found again.
        await tab.VisitAsync("/needs/budgets/add");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Carers' breaks");
        await page.GetByLabel("Council").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save budget head" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the name, code, source or description" })
            .ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Carers' breaks and respite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Equal("Carers' breaks and respite", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.GetByRole(AriaRole.Link, new() { Name = "Archive this budget head" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive budget head" }).ClickAsync();
        await page.Locator(".govuk-warning-text").WaitForAsync();
        await tab.VisitAsync("/needs/budgets");
        await page.GetByRole(AriaRole.Link, new() { Name = "Show archived budget heads" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Contains("Archived", await page.Locator("table").InnerTextAsync());

        // A resource committed to a priority, then released from its own page.
        await tab.VisitAsync("/needs/resources");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Reablement workers");
        await page.GetByLabel("Staff").CheckAsync();
        await page.GetByLabel("Unit", new() { Exact = true }).FillAsync("FTE");
        await page.GetByLabel("Financial year").FillAsync("2027/28");
        await page.GetByLabel("How much is available").FillAsync("8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add resource" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await page.GetByLabel("Resource", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "Reablement workers, 2027/28 (8 FTE left)" });
        await page.GetByLabel("Priority or purpose").FillAsync("Hospital discharge");
        await page.GetByLabel("How much", new() { Exact = true }).FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Commit" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Reablement workers" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByRole(AriaRole.Button, new() { Name = "Release Hospital discharge" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Contains("8 FTE is now left", await page.Locator(".govuk-notification-banner").InnerTextAsync());

        // The demo appraisal's sensitivity tests: a mistake, then one more test that shows on the economic case.
        await tab.VisitAsync("/appraisals");
        await page.GetByRole(AriaRole.Link, new() { Name = "Homecare for older people, 2026 to 2031" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Costs, benefits and the economic case" })
            .First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Choose the sensitivity tests" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Name of test 5").FillAsync("Costs 30% higher");
        await page.GetByLabel("Change in costs for test 5, in per cent").FillAsync("thirty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save sensitivity tests" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Change in costs for test 5, in per cent").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save sensitivity tests" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Contains(
            "Costs 30% higher",
            await page.Locator("table", new() { HasText = "NPSV of each option under each sensitivity test" })
                .InnerTextAsync()
        );
    }
}
