using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Appraisals;

/// <summary>
/// OA-P21 in Chromium, through axe and the GOV.UK checks: a commissioner proposes a priority's budget after seeing what
/// each budget head holds and what is claimed on it, is warned that the amount would overspend the head, the finance
/// officer counters with what fits and the commissioner agrees; the agreed amount shows on the budget head and in the
/// variance. Other journeys may claim money on the same demo head first, so the figures checked are this journey's
/// own.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class BudgetNegotiationJourneyTests(BrowserFixture browser)
{
    private const string Title = "Discharge to assess, budget journey";
    private const string Head = "Better Care Fund – hospital discharge";

    [Fact]
    [Trait("Criterion", "OA-P21")]
    public async Task CommissionerAndFinance_BalanceAPrioritysBudgetAgainstTheHead()
    {
        await using var commissioner = await browser.NewPageAsync();
        var page = commissioner.Page;
        await commissioner.SignInAsync(Role.Commissioner);
        await commissioner.ClickAsync(AriaRole.Link, "Options appraisals");
        await commissioner.ClickAsync(AriaRole.Button, "Start an options appraisal");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        await page.GetByLabel("Years covered after the base year").FillAsync("2");
        await commissioner.ClickAsync(AriaRole.Button, "Start the appraisal");
        await commissioner.ClickAsync(AriaRole.Link, "Budget negotiation");

        // With no proposal yet the page opens on the form. Before asking, each head's money year by year: the discharge
        // fund holds £9,384,000 in 2027/28.
        var overview = page.Locator(
            "table",
            new() { Has = page.Locator("caption", new() { HasText = $"{Head} by year" }) }
        );
        Assert.Contains("£9,384,000.00", await overview.Locator("tr", new() { HasText = "2027/28" }).InnerTextAsync());

        await page.GetByLabel("Budget head").SelectOptionAsync(new SelectOptionValue { Label = Head });
        await page.GetByLabel("2027/28", new() { Exact = true }).FillAsync("9,500,000");
        await page.GetByLabel("Message").FillAsync("Discharge to assess beds for the winter");
        await FillDueAsync(page);
        await commissioner.ClickAsync(AriaRole.Button, "Send");
        var card = page.Locator(".govuk-summary-card");
        // £9,500,000 against £9,384,000 held, before any other claim: over by £116,000 at least.
        Assert.Contains($"Agreeing these amounts would overspend {Head} in 2027/28 by £", await card.InnerTextAsync());
        Assert.Contains("Overspent", await card.Locator("tr", new() { HasText = "2027/28" }).InnerTextAsync());

        // Finance counters with what the head holds.
        await using var finance = await browser.NewPageAsync();
        await finance.SignInAsync(Role.FinanceOfficer);
        await finance.ClickAsync(AriaRole.Link, "Options appraisals");
        await finance.ClickAsync(AriaRole.Link, Title);
        await finance.ClickAsync(AriaRole.Link, "Budget negotiation");
        await finance.ClickAsync(AriaRole.Link, $"Respond to the proposal on {Head}");
        await finance.Page.GetByLabel("Counter-proposal: different amounts").CheckAsync();
        await finance.Page.GetByLabel("2027/28", new() { Exact = true }).FillAsync("1,000,000");
        await finance.Page.GetByLabel("Message").FillAsync("What the fund can spare that year");
        await FillDueAsync(finance.Page);
        await finance.ClickAsync(AriaRole.Button, "Send");

        // The commissioner agrees; the head is no longer overspent.
        var budget = new Uri(page.Url).AbsolutePath;
        await commissioner.VisitAsync(budget);
        await commissioner.ClickAsync(AriaRole.Link, $"Respond to the proposal on {Head}");
        await page.GetByLabel("Agree the amounts on the table").CheckAsync();
        await commissioner.ClickAsync(AriaRole.Button, "Send");
        Assert.Contains(
            "The budget has been agreed",
            await page.Locator(".govuk-notification-banner").InnerTextAsync()
        );
        Assert.Equal(0, await card.Locator(".govuk-warning-text").CountAsync());
        Assert.DoesNotContain("Overspent", await card.Locator("tr", new() { HasText = "2027/28" }).InnerTextAsync());

        // The agreement reaches the budget head and the variance.
        await commissioner.VisitAsync("/needs/budgets");
        await commissioner.ClickAsync(AriaRole.Link, Head);
        var claims = page.Locator(
            "table",
            new() { Has = page.Locator("caption", new() { HasText = "Appraisals with a claim" }) }
        );
        Assert.Contains(Title, await claims.InnerTextAsync());
        Assert.Contains("£1,000,000.00", await claims.InnerTextAsync());
        var headPage = new Uri(page.Url).AbsolutePath;

        // At 320 pixels wide only the tables scroll, each in its own region (WCAG 1.4.10).
        await using var narrow = await browser.NewPageAsync(width: 320, height: 640);
        await narrow.SignInAsync(Role.Commissioner);
        foreach (var path in new[] { headPage, budget })
        {
            await narrow.VisitAsync(path);
            Assert.True(await narrow.SidewaysScrollAsync() <= 1, $"{path} scrolls sideways at 320px");
        }
        await commissioner.VisitAsync("/needs/variance");
        Assert.Contains("Money agreed for priorities", await page.Locator("main").InnerTextAsync());
    }

    private static async Task FillDueAsync(IPage page)
    {
        var due = DateTime.UtcNow.AddDays(21);
        var group = page.GetByRole(AriaRole.Group, new() { Name = "Answer needed by" });
        await group.GetByLabel("Day", new() { Exact = true }).FillAsync(due.Day.ToString());
        await group.GetByLabel("Month", new() { Exact = true }).FillAsync(due.Month.ToString());
        await group.GetByLabel("Year", new() { Exact = true }).FillAsync(due.Year.ToString());
    }
}
