using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Partnerships;

/// <summary>The demo pool's measures: the ICB's partner commissioner records a month of discharge delays, correcting a
/// mistake on the way; the council's finance officer reads the chart's description and the table and adds a local
/// measure. Every page passes axe and the GOV.UK checks.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class MeasureJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "PB-P14")]
    public async Task IcbRecordsAMonthsDelays_CouncilReadsTheMeasuresAndAddsOne()
    {
        await using var icb = await browser.NewPageAsync();
        var page = icb.Page;
        await icb.SignInAsync(Role.CommissioningPartner);
        await icb.VisitAsync("/partnerships");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoPartnership.Name }).ClickAsync();
        await page.GetByRole(
                AriaRole.Link,
                new() { Name = $"See the measures and their values of {DemoPartnership.Name}" }
            )
            .ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Measures", Exact = true }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(icb);
        await page.GetByRole(AriaRole.Link, new() { Name = "Discharge delays" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Discharge delays" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(icb);

        // A typing slip keeps the answers and says what is wrong; then the month is saved.
        await page.GetByLabel("Period", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "November 2026" });
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("1.2 days");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save value" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal("1.2 days", await page.GetByLabel("Value", new() { Exact = true }).InputValueAsync());
        await PageChecks.AssertGoodPageAsync(icb);
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("1.2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save value" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        Assert.Contains("November 2026", await page.Locator("main table").InnerTextAsync());
        Assert.Contains("meets target", await page.Locator("#measure-summary").InnerTextAsync());

        await using var council = await browser.NewPageAsync();
        await council.SignInAsync(Role.FinanceOfficer);
        await council.VisitAsync(new Uri(page.Url).AbsolutePath);
        Assert.Contains(DemoUsers.Icb, await council.Page.Locator("main table").InnerTextAsync());
        // The ICB provides this measure's values: the council reads them without a form.
        Assert.Equal(0, await council.Page.GetByRole(AriaRole.Button, new() { Name = "Save value" }).CountAsync());
        await council.Page.GetByRole(AriaRole.Button, new() { Name = "Change the measure" }).ClickAsync();
        await council.Page.GetByRole(AriaRole.Heading, new() { Name = "Change the measure" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(council);
        await council.Page.GoBackAsync();
        await council.Page.GetByRole(AriaRole.Link, new() { Name = "Back", Exact = true }).ClickAsync();
        await council.Page.GetByRole(AriaRole.Button, new() { Name = "Add a measure" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(council);
        await council
            .Page.GetByLabel("Name", new() { Exact = true })
            .FillAsync("People still at home 91 days after reablement");
        await council.Page.GetByLabel("Quarterly").CheckAsync();
        await council.Page.GetByLabel("Unit (optional)").FillAsync("%");
        await council.Page.GetByLabel("Target (optional)").FillAsync("85");
        await council.Page.GetByLabel("A higher value is better").CheckAsync();
        await council.Page.GetByRole(AriaRole.Button, new() { Name = "Add measure" }).ClickAsync();
        await council
            .Page.GetByRole(AriaRole.Heading, new() { Name = "People still at home 91 days after reablement" })
            .WaitForAsync();
        await PageChecks.AssertGoodPageAsync(council);
    }
}
