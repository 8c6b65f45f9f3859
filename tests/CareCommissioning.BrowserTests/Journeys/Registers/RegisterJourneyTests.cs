using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Registers;

/// <summary>The stakeholder and risk registers used end to end in the browser, including a failed save and its
/// correction.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class RegisterJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Stakeholder_AddWithAMistake_FixItAndFindItInTheRegister()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.Commissioner);
        await page.GetByRole(AriaRole.Link, new() { Name = "Stakeholders", Exact = true }).First.ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a stakeholder" }).ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);

        await page.GetByLabel("Community group").CheckAsync();
        await page.GetByLabel("Email address (optional)").FillAsync("not an email");
        await page.GetByLabel("Preferred language (optional)").FillAsync("Welsh");
        await page.GetByLabel("Easy read").CheckAsync();
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save stakeholder" }).ClickAsync();

        // The error summary takes focus, lists both problems, and every answer is kept.
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.matches('.govuk-error-summary')"));
        var errors = await page.Locator(".govuk-error-summary__list a").AllInnerTextsAsync();
        Assert.Equal(["Enter a name", "Enter an email address in the correct format, like name@example.com"], errors);
        Assert.Equal("Welsh", await page.GetByLabel("Preferred language (optional)").InputValueAsync());
        Assert.True(await page.GetByLabel("Easy read").IsCheckedAsync());
        Assert.True(await page.GetByLabel("Community group").IsCheckedAsync());
        await PageChecks.AssertGoodPageAsync(tab);

        await page.Locator(".govuk-error-summary__list a").First.ClickAsync();
        Assert.Equal("Input_Name", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("Fellside Carers' Circle");
        await page.GetByLabel("Email address (optional)").FillAsync("circle@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save stakeholder" }).ClickAsync();

        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Equal("Fellside Carers' Circle", (await page.Locator("h1").InnerTextAsync()).Trim());
        await PageChecks.AssertGoodPageAsync(tab);

        await page.GotoAsync("/stakeholders?Search=fellside");
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Fellside Carers' Circle" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "See the history of changes to Fellside Carers' Circle" })
            .ClickAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Contains("Created by commissioner@demo.test", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task Risk_AddWithAMistake_FixItAndSeeItOnTheHeatMap()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.FinanceOfficer);
        await tab.VisitAsync("/risks/add");
        await page.GetByLabel("Title").FillAsync("Winter pressures exceed the discharge fund");
        await page.GetByLabel("Financial").CheckAsync();
        await page.GetByLabel("Owner").FillAsync("Tom Evans");
        await page.GetByLabel("5 – Almost certain").CheckAsync();
        await page.GetByLabel("4 – Major").CheckAsync();
        await page.GetByLabel("Likelihood after mitigation (optional)").SelectOptionAsync("3");
        await page.Locator("#Input_ReviewDate-day").FillAsync("30");
        await page.Locator("#Input_ReviewDate-month").FillAsync("2");
        await page.Locator("#Input_ReviewDate-year").FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save risk" }).ClickAsync();

        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        var errors = await page.Locator(".govuk-error-summary__list a").AllInnerTextsAsync();
        Assert.Contains("Select the impact after mitigation, or clear the likelihood after mitigation", errors);
        Assert.Contains("Review date must be a real date", errors);
        Assert.Equal("Tom Evans", await page.GetByLabel("Owner").InputValueAsync());
        Assert.Equal("30", await page.Locator("#Input_ReviewDate-day").InputValueAsync());

        await page.GetByLabel("Impact after mitigation (optional)").SelectOptionAsync("4");
        await page.Locator("#Input_ReviewDate-day").FillAsync("28");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save risk" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Contains("20 (Extreme)", await page.Locator(".govuk-summary-list").InnerTextAsync());

        await tab.VisitAsync("/risks?Search=winter");
        var cell = page.Locator("[aria-label='Heat map data'] tbody tr")
            .Filter(new() { HasText = "5 Almost certain" })
            .Locator("td")
            .Nth(3);
        Assert.Equal("1", (await cell.InnerTextAsync()).Trim());
        Assert.Contains("1 risk: 1 extreme", await page.Locator(".app-heat-map svg desc").TextContentAsync() ?? "");
    }
}
