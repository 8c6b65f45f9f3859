using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Partnerships;

/// <summary>
/// The council's finance officer sets out the terms of a new pool with the ICB (correcting a cap above 100% on the way)
/// and records the council's contribution; the ICB's partner commissioner records the ICB's and proposes the pool's
/// amounts in a round; the council puts the agreement to the partners, and each records its decision makers'
/// approval until it is signed off. Every page passes axe and the GOV.UK checks.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AgreementJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "PB-P5")]
    [Trait("Criterion", "PB-P6")]
    [Trait("Criterion", "PB-P12")]
    [Trait("Criterion", "PB-P13")]
    public async Task CouncilAndIcb_RecordTheirContributions_AndEachSignsTheAgreement()
    {
        await using var council = await browser.NewPageAsync();
        var page = council.Page;
        await council.SignInAsync(Role.FinanceOfficer);
        await council.VisitAsync("/partnerships/add");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Northshire discharge pool");
        await page.GetByLabel("Pooled fund", new() { Exact = true }).CheckAsync();
        await page.GetByLabel(DemoUsers.Icb).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up partnership" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Northshire discharge pool" }).WaitForAsync();
        var partnership = new Uri(page.Url).AbsolutePath;

        await page.GetByRole(
                AriaRole.Link,
                new() { Name = "Agreement: terms, negotiation and each partner's sign-off" }
            )
            .ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Agreement", Exact = true }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(council);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set out the terms" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(council);

        // A cap above 100% is refused with the answers kept.
        await page.GetByLabel("Proportional up to a cap, the rest to one partner").CheckAsync();
        await page.GetByLabel("Cap, as a percentage of the pool (capped rule only)").FillAsync("150");
        await page.GetByLabel("Partner taking the overspend above the cap (capped rule only)")
            .SelectOptionAsync(new SelectOptionValue { Label = DemoUsers.Council });
        await page.GetByLabel("Returned to the partners").CheckAsync();
        await page.GetByLabel("Governance board (optional)").FillAsync("Discharge pool board");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save terms" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal(
            ["The cap must be more than 0% and no more than 100% of the pool"],
            await page.Locator(".govuk-error-summary__list a").AllInnerTextsAsync()
        );
        Assert.Equal("Discharge pool board", await page.GetByLabel("Governance board (optional)").InputValueAsync());
        await PageChecks.AssertGoodPageAsync(council);
        await page.GetByLabel("Cap, as a percentage of the pool (capped rule only)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save terms" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        Assert.Contains(
            $"up to 3% of the pool; the rest falls to {DemoUsers.Council}",
            await page.Locator(".govuk-summary-list").InnerTextAsync()
        );
        await PageChecks.AssertGoodPageAsync(council);
        var agreement = new Uri(page.Url).AbsolutePath;

        // The council records its contribution.
        await page.GetByRole(AriaRole.Link, new() { Name = "see each partner's contributions" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Contributions", Exact = true }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(council);
        var contributions = new Uri(page.Url).AbsolutePath;
        await AddContributionAsync(page, "6,000,000", "Local Authority Better Care Grant");
        await PageChecks.AssertGoodPageAsync(council);
        await page.GetByRole(AriaRole.Link, new() { Name = "Change Local Authority Better Care Grant, 2026/27" })
            .ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Change a contribution" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(council);

        // The ICB's partner commissioner records the ICB's contribution and proposes the pool's amounts.
        await using var icb = await browser.NewPageAsync();
        var theirs = icb.Page;
        await icb.SignInAsync(Role.CommissioningPartner);
        await icb.VisitAsync(contributions);
        await theirs
            .GetByLabel("Partner it comes from")
            .SelectOptionAsync(new SelectOptionValue { Label = DemoUsers.Icb });
        await AddContributionAsync(theirs, "4,000,000", "NHS minimum contribution");
        Assert.Contains(
            "£10,000,000.00",
            await theirs.Locator("[aria-label='Contributions for 2026/27']").InnerTextAsync()
        );
        await PageChecks.AssertGoodPageAsync(icb);
        await icb.VisitAsync(agreement);
        await theirs
            .GetByLabel("Partner you are sending it for")
            .SelectOptionAsync(new SelectOptionValue { Label = DemoUsers.Icb });
        await theirs.GetByLabel("Proposal: the first amounts for the pool").CheckAsync();
        await theirs.GetByLabel("2026/27").FillAsync("10,000,000");
        await theirs.GetByLabel("Message").FillAsync("The pool both partners have budgeted for");
        var due = theirs.GetByRole(AriaRole.Group, new() { Name = "Answer needed by" });
        await due.GetByLabel("Day").FillAsync("18");
        await due.GetByLabel("Month").FillAsync("12");
        await due.GetByLabel("Year").FillAsync("2026");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Add round" }).ClickAsync();
        await theirs.Locator(".govuk-notification-banner").WaitForAsync();
        Assert.Contains($"Commissioning partner, {DemoUsers.Icb}", await theirs.Locator("main ol").InnerTextAsync());
        await PageChecks.AssertGoodPageAsync(icb);

        // The council puts version 1 to the partners and records its cabinet's approval.
        await council.VisitAsync(agreement);
        await page.GetByRole(AriaRole.Button, new() { Name = "Put version 1 to the partners for sign-off" })
            .ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(council);
        await page.GetByRole(
                AriaRole.Link,
                new() { Name = "Each partner's budget proposal and your partner's decision" }
            )
            .ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Budget proposals and sign-off" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(council);
        await RecordApprovalAsync(page, "Northshire County Council cabinet");
        await PageChecks.AssertGoodPageAsync(council);

        // The ICB records its board's approval: the agreement is signed off.
        await icb.VisitAsync(agreement.Replace("/agreement", "/agreement/sign-off", StringComparison.Ordinal));
        await theirs.GetByLabel("Partner deciding").SelectOptionAsync(new SelectOptionValue { Label = DemoUsers.Icb });
        await RecordApprovalAsync(theirs, "ICB board");
        Assert.Contains(
            "the agreement is signed off",
            await theirs.Locator(".govuk-notification-banner").InnerTextAsync()
        );
        Assert.Contains("Signed off by every partner", await theirs.Locator(".govuk-summary-list").InnerTextAsync());
        await PageChecks.AssertGoodPageAsync(icb);
        await icb.VisitAsync(partnership);
        Assert.Contains("Agreed", await theirs.Locator(".govuk-summary-list").InnerTextAsync());
    }

    private static async Task AddContributionAsync(IPage page, string amount, string what)
    {
        await page.GetByLabel("Cash", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Amount").FillAsync(amount);
        await page.GetByLabel("What it is").FillAsync(what);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contribution" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
    }

    private static async Task RecordApprovalAsync(IPage page, string who)
    {
        await page.GetByLabel("Who decided").FillAsync(who);
        await page.GetByLabel("Approved", new() { Exact = true }).CheckAsync();
        var on = page.GetByRole(AriaRole.Group, new() { Name = "Date of the decision" });
        await on.GetByLabel("Day").FillAsync("4");
        await on.GetByLabel("Month").FillAsync("12");
        await on.GetByLabel("Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
    }
}
