using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Partnerships;

/// <summary>The demo pool's mid-year review: the ICB's partner commissioner adds a recommendation, correcting a missing
/// answer, and records that the results went to the carers' forum in easy read; the council's finance officer reads
/// the easy-read version. Every page passes axe and the GOV.UK checks.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class EvaluationJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "PB-P19")]
    public async Task IcbRecommendsAndSharesTheReview_CouncilReadsItInEasyRead()
    {
        await using var icb = await browser.NewPageAsync();
        var page = icb.Page;
        await icb.SignInAsync(Role.CommissioningPartner);
        await icb.VisitAsync("/partnerships");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoPartnership.Name }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"See the evaluations of {DemoPartnership.Name}" })
            .ClickAsync();
        await PageChecks.AssertGoodPageAsync(icb);
        await page.GetByRole(AriaRole.Link, new() { Name = "Mid-year review 2026" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Mid-year review 2026" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(icb);

        await page.GetByLabel("Recommendation", new() { Exact = true }).FillAsync("Deliver equipment before discharge");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add recommendation" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Equal(
            "Deliver equipment before discharge",
            await page.GetByLabel("Recommendation", new() { Exact = true }).InputValueAsync()
        );
        await PageChecks.AssertGoodPageAsync(icb);
        await page.GetByLabel("An action").CheckAsync();
        await page.GetByLabel("Partner that owns it")
            .SelectOptionAsync(new SelectOptionValue { Label = DemoUsers.Icb });
        var due = page.GetByRole(AriaRole.Group, new() { Name = "Due date" });
        await due.GetByLabel("Day").FillAsync("31");
        await due.GetByLabel("Month").FillAsync("1");
        await due.GetByLabel("Year").FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add recommendation" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        Assert.Contains(
            "Deliver equipment before discharge",
            await page.Locator("#recommendations + div table").InnerTextAsync()
        );

        await page.GetByLabel("Who they were shared with").FillAsync("Northshire Carers' Forum");
        await page.GetByLabel("At a meeting").CheckAsync();
        await page.GetByLabel("Easy read").CheckAsync();
        var shared = page.GetByRole(AriaRole.Group, new() { Name = "Date shared" });
        await shared.GetByLabel("Day").FillAsync("3");
        await shared.GetByLabel("Month").FillAsync("12");
        await shared.GetByLabel("Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record sharing" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        Assert.Contains("Northshire Carers' Forum", await page.Locator("#shared + div table").InnerTextAsync());
        await PageChecks.AssertGoodPageAsync(icb);
        await page.GetByRole(AriaRole.Button, new() { Name = "Write the evaluation" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Write the evaluation" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(icb);

        await using var council = await browser.NewPageAsync();
        await council.SignInAsync(Role.FinanceOfficer);
        await council.VisitAsync(new Uri(page.Url).AbsolutePath.Replace("/edit", ""));
        await council.Page.GetByRole(AriaRole.Link, new() { Name = "easy-read version" }).ClickAsync();
        await council
            .Page.GetByRole(AriaRole.Heading, new() { Name = "Mid-year review 2026 (easy read)" })
            .WaitForAsync();
        Assert.Contains(
            "Commission one reablement service for both partners.",
            await council.Page.Locator("main").InnerTextAsync()
        );
        await PageChecks.AssertGoodPageAsync(council);
    }
}
