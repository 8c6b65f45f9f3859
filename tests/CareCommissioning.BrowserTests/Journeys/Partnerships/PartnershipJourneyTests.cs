using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Partnerships;

/// <summary>A council finance officer sets up a pooled fund with the ICB, correcting a mistake on the way; the ICB's
/// partner commissioner finds it and sees the council's constraints. Every page passes axe and the GOV.UK
/// checks.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PartnershipJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "PB-P6")]
    public async Task FinanceOfficer_SetsUpAPoolWithTheIcb_ThePartnerFindsIt()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.FinanceOfficer);
        await page.GetByRole(AriaRole.Link, new() { Name = "Partnerships", Exact = true }).First.ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Contains(DemoPartnership.Name, await page.Locator("main table").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up a partnership" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);

        // No partner chosen: the error says so and the answers stay.
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Northshire reablement pool");
        await page.GetByLabel("Pooled fund", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up partnership" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal(
            ["Select at least one partner organisation besides the host"],
            await page.Locator(".govuk-error-summary__list a").AllInnerTextsAsync()
        );
        Assert.Equal(
            "Northshire reablement pool",
            await page.GetByLabel("Name", new() { Exact = true }).InputValueAsync()
        );
        await PageChecks.AssertGoodPageAsync(tab);

        await page.GetByLabel(DemoUsers.Icb).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up partnership" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Northshire reablement pool" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Contains("0 of 2 partners have confirmed", await page.Locator("main").InnerTextAsync());
        var partnershipPage = new Uri(page.Url).AbsolutePath;
        await page.GetByRole(AriaRole.Link, new() { Name = $"Record constraints of {DemoUsers.Council}" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        // A bad approval limit keeps the answers and says what is wrong.
        await page.GetByLabel("VAT treatment (optional)").FillAsync("Recovers VAT under section 33");
        await page.GetByLabel("Approval limit of one officer (optional)").FillAsync("lots");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal(
            "Recovers VAT under section 33",
            await page.GetByLabel("VAT treatment (optional)").InputValueAsync()
        );
        await PageChecks.AssertGoodPageAsync(tab);
        await tab.VisitAsync(partnershipPage);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the arrangement" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Change the arrangement" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        // The council sees the ICB's constraints read only.
        await tab.VisitAsync(partnershipPage);
        await page.GetByRole(AriaRole.Link, new() { Name = $"View constraints of {DemoUsers.Icb}" }).ClickAsync();
        await page.Locator(".govuk-summary-list").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);

        await using var icb = await browser.NewPageAsync();
        await icb.SignInAsync(Role.CommissioningPartner);
        await icb.VisitAsync("/partnerships?search=reablement");
        await icb.Page.GetByRole(AriaRole.Link, new() { Name = "Northshire reablement pool" }).ClickAsync();
        await icb.Page.GetByRole(AriaRole.Heading, new() { Name = "Northshire reablement pool" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(icb);
    }
}
