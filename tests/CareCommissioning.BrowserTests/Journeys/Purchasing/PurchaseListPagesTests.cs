using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Purchasing;

/// <summary>
/// A procurement specialist finds purchases in the list of all purchases with filters, then opens the purchasing
/// dashboard. Every page goes through axe and the GOV.UK page checks.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PurchaseListPagesTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "PU-P13")]
    public async Task Specialist_FiltersAllPurchases_AndOpensTheDashboard()
    {
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.ProcurementSpecialist);

        // Two drafts through the API, with a token the specialist makes on their account page (the API takes changes
        // from tokens only, not from the browser's session).
        await tab.VisitAsync("/account/tokens/create");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Purchase drafts");
        await page.Locator("input[name='Input.ExpiresInDays']").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var token = (await page.Locator("#api-token").InnerTextAsync()).Trim();
        var marker = "Tilt-in-space wheelchair " + Guid.NewGuid().ToString("N")[..6];
        foreach (
            var (description, category) in new[]
            {
                (marker, "33193100-0"),
                ("Garden maintenance for a day centre", "77314000-4"),
            }
        )
        {
            var created = await page.APIRequest.PostAsync(
                "/api/v1/purchases",
                new()
                {
                    DataObject = new { description, category },
                    Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token },
                }
            );
            Assert.Equal(201, created.Status);
        }

        await tab.VisitAsync("/purchasing");
        await page.GetByRole(AriaRole.Link, new() { Name = "All purchases", Exact = true }).ClickAsync();
        await page.Locator("h1", new() { HasText = "All purchases" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);

        await page.GetByLabel("Search by description or order number").FillAsync(marker);
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Draft" });
        await page.GetByLabel("CPV category").FillAsync("33000000-0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.Locator("[role=status]", new() { HasText = "Showing 1 to 1 of 1 purchases" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Equal(marker, await page.Locator("main table tbody a").InnerTextAsync());
        Assert.Equal("Draft", await page.GetByLabel("Status").Locator("option:checked").InnerTextAsync());

        // A filter that matches nothing says so.
        await page.GetByLabel("Compliance with the purchasing rules")
            .SelectOptionAsync(new SelectOptionValue { Label = "Compliant" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.Locator("[role=status]", new() { HasText = "No purchases match these filters." }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);

        await page.GetByRole(AriaRole.Link, new() { Name = "the purchasing dashboard" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Purchasing dashboard" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Contains("Compliance rate", await page.Locator("main").InnerTextAsync());
        Assert.True(await page.Locator("main figure svg[role=img]").CountAsync() >= 2);
    }
}
