using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Partnerships;

/// <summary>The council's finance officer opens the demo pool's second-quarter return, tries to submit it unfinished,
/// saves a draft, and finds it on the overdue list. Every page passes axe and the GOV.UK checks.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReturnJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task FinanceOfficer_OpensAQuartersReturn_SavesADraft_AndFindsItOverdue()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.FinanceOfficer);
        await tab.VisitAsync("/partnerships");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoPartnership.Name }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"See the returns of {DemoPartnership.Name}" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByLabel("Financial year").SelectOptionAsync(new SelectOptionValue { Label = "2026/27" });
        await page.GetByLabel("Quarter 2 (July to September)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open return" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Return for Quarter 2 of 2026/27" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Contains(DemoUsers.Icb, await page.Locator("main table").First.InnerTextAsync());

        await page.GetByLabel("Narrative").FillAsync("Discharge spending ran ahead of plan in August.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit return" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal(
            "Discharge spending ran ahead of plan in August.",
            await page.GetByLabel("Narrative").InputValueAsync()
        );
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();

        await tab.VisitAsync("/partnerships/returns/overdue");
        Assert.Contains("Quarter 2 of 2026/27", await page.Locator("main").InnerTextAsync());
        await PageChecks.AssertGoodPageAsync(tab);
    }
}
