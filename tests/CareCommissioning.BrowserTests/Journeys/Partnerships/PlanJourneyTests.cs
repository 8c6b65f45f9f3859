using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Partnerships;

/// <summary>The demo pool's joint commissioning plan: the council's finance officer gives the council's expectations
/// and proposes an outcome for the ICB, correcting a missing answer; the ICB's partner commissioner reads them. Every
/// page passes axe and the GOV.UK checks.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PlanJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "PB-P10")]
    public async Task CouncilAddsToTheJointPlan_TheIcbReadsIt()
    {
        await using var council = await browser.NewPageAsync();
        var page = council.Page;
        await council.SignInAsync(Role.FinanceOfficer);
        await council.VisitAsync("/partnerships");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoPartnership.Name }).ClickAsync();
        await page.GetByRole(
                AriaRole.Link,
                new() { Name = $"See the joint commissioning plan of {DemoPartnership.Name}" }
            )
            .ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Joint commissioning plan" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(council);
        var planPage = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(AriaRole.Link, new() { Name = $"Give or change the expectations of {DemoUsers.Council}" })
            .ClickAsync();
        await PageChecks.AssertGoodPageAsync(council);
        await page.GetByLabel("What your organisation expects of the partnership")
            .FillAsync("Fewer long-term admissions to care homes.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        Assert.Contains("2 of 2 partners have said what they expect", await page.Locator("main").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Propose an outcome" }).ClickAsync();
        await page.GetByLabel("Outcome", new() { Exact = true }).FillAsync("Carers get a break when they need one");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal(
            "Carers get a break when they need one",
            await page.GetByLabel("Outcome", new() { Exact = true }).InputValueAsync()
        );
        await PageChecks.AssertGoodPageAsync(council);
        await page.GetByLabel("Partner responsible")
            .SelectOptionAsync(new SelectOptionValue { Label = DemoUsers.Council });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(council);

        await using var icb = await browser.NewPageAsync();
        await icb.SignInAsync(Role.CommissioningPartner);
        await icb.VisitAsync(planPage);
        var text = await icb.Page.Locator("main").InnerTextAsync();
        Assert.Contains("Carers get a break when they need one", text);
        Assert.Contains("Fewer long-term admissions to care homes.", text);
        await icb.Page.GetByRole(AriaRole.Link, new() { Name = "Change Hospital discharge" }).ClickAsync();
        await icb.Page.GetByRole(AriaRole.Heading, new() { Name = "Change the priority area" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(icb);
    }
}
