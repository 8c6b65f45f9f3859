using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Contracts;

/// <summary>
/// The contract manager (a commissioner) sets out the implementation plan of the demo home care contract from its
/// page: a plan with its contingency, an activity linked to a regulatory requirement (a missing due date is refused
/// with the answers kept), shares it in easy read with the provider, changes it with a reason as version 2 and reflects
/// on planning it; the provider reads it. Every page passes axe and the GOV.UK checks.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ImplementationPlanJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "CD-P14")]
    [Trait("Criterion", "CD-P17")]
    [Trait("Criterion", "CD-P20")]
    public async Task AContractManager_SetsOutSharesAndChangesThePlan_AndTheProviderReadsIt()
    {
        await using var manager = await browser.NewPageAsync();
        var page = manager.Page;
        await manager.SignInAsync(Role.Commissioner);
        await manager.VisitAsync("/contracts?search=" + DemoContracts.HomeCareReference);
        await page.GetByRole(AriaRole.Link, new() { Name = DemoContracts.HomeCareReference }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "The implementation plan" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Implementation plan" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(manager);
        var plan = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(AriaRole.Button, new() { Name = "Set out the plan" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(manager);
        await page.GetByLabel("How the plan will achieve the contract's priority outcomes")
            .FillAsync("Hand the rounds over area by area, checking each person's care plan with them first");
        await page.GetByLabel("Contingency set aside (optional)").FillAsync("25,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(manager);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an activity" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(manager);
        await page.GetByLabel("Activity", new() { Exact = true }).FillAsync("Check the provider's CQC registration");
        await page.GetByLabel("Owner", new() { Exact = true }).FillAsync("Priya Shah");
        await page.GetByLabel("Regulatory requirement it meets (optional)")
            .FillAsync("CQC registration for personal care");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the activity" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal(
            ["Enter the date it is due"],
            await page.Locator(".govuk-error-summary__list a").AllInnerTextsAsync()
        );
        Assert.Equal("Priya Shah", await page.GetByLabel("Owner", new() { Exact = true }).InputValueAsync());
        await PageChecks.AssertGoodPageAsync(manager);
        await page.GetByRole(AriaRole.Group, new() { Name = "Date it is due" }).GetByLabel("Day").FillAsync("15");
        await page.GetByRole(AriaRole.Group, new() { Name = "Date it is due" }).GetByLabel("Month").FillAsync("1");
        await page.GetByRole(AriaRole.Group, new() { Name = "Date it is due" }).GetByLabel("Year").FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the activity" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        Assert.Contains(
            "Regulatory: CQC registration for personal care",
            await page.Locator("[aria-label=Activities]").InnerTextAsync()
        );
        await PageChecks.AssertGoodPageAsync(manager);

        await page.GetByRole(AriaRole.Link, new() { Name = "Read the plan in easy read" }).ClickAsync();
        await page.GetByText("It should be done by 15 January 2027.").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(manager);
        await manager.VisitAsync(plan + "/share");
        await PageChecks.AssertGoodPageAsync(manager);
        await page.GetByLabel("Who you shared it with")
            .FillAsync("Brightwater Home Care Ltd, registered manager\nPeople who use the service");
        await page.GetByLabel("Easy read").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record sharing" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();

        // After sharing, a change needs a reason and makes version 2.
        await page.GetByRole(AriaRole.Link, new() { Name = "Check the provider's CQC registration" }).ClickAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Date it is due" }).GetByLabel("Month").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the activity" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(manager);
        await page.GetByLabel("Why the plan is changing")
            .FillAsync("The provider's registration for the new office is late");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the activity" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        Assert.Contains("version 2", await page.Locator(".govuk-notification-banner").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a reflection" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(manager);
        await page.GetByLabel("What went well").FillAsync("People using the service set the order of the areas");
        await page.GetByLabel("Areas for development").FillAsync("Ask the provider about registration earlier");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record reflection" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(manager);

        await using var provider = await browser.NewPageAsync();
        await provider.SignInAsync(Role.Provider);
        await provider.VisitAsync(plan);
        Assert.Contains("Check the provider's CQC registration", await provider.Page.Locator("main").InnerTextAsync());
        await PageChecks.AssertGoodPageAsync(provider);
    }
}
