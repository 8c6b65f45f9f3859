using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Purchasing;

/// <summary>
/// Purchasing pages the main journey does not reach, in Chromium with axe and the GOV.UK page checks: the cost and
/// criteria pages in their error state (each error summary link moves focus to its field), the process-changes list,
/// cancelling and withdrawing a purchase, and the approver's decision form with its error state. Purchases are arranged
/// in the database so that each test signs in once and visits only the pages it checks.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PurchaseSidePagesTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "PU-P2")]
    [Trait("Criterion", "PU-P7")]
    public async Task Purchaser_MeetsTheErrorStates_ProposedChanges_AndCancelsAndWithdrawsPurchases()
    {
        var draft = await ArrangeAsync("Riser recliner chair for a day centre", PurchaseStatus.Draft, 900m);
        var submitted = await ArrangeAsync("Bariatric commode for a care flat", PurchaseStatus.Submitted, 700m);
        await ArrangeProposalAsync();
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.Purchaser);
        async Task Continue() =>
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        // Planning the chair, the purchaser sees the organisation's other purchase in the same CPV category (33192),
        // the commode, to join up with (PU-P2).
        await tab.VisitAsync($"/purchasing/{draft}/collaboration");
        var sameKind = await page.GetByRole(AriaRole.Region, new() { Name = "Purchases of the same kind" })
            .InnerTextAsync();
        Assert.Contains("Bariatric commode for a care flat", sameKind);

        await tab.VisitAsync($"/purchasing/{draft}/cost");
        await page.GetByLabel("Estimated value").FillAsync("about a thousand");
        await page.GetByLabel("How many years will it be used?").FillAsync("80");
        await Continue();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Equal("about a thousand", await page.GetByLabel("Estimated value").InputValueAsync());
        await EachErrorLinkFocusesItsFieldAsync(page);

        await tab.VisitAsync($"/purchasing/{draft}/criteria");
        await page.GetByLabel("Quality", new() { Exact = true }).FillAsync("lots");
        await page.GetByLabel("Social value").FillAsync("30");
        await Continue();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Equal("lots", await page.GetByLabel("Quality", new() { Exact = true }).InputValueAsync());
        await EachErrorLinkFocusesItsFieldAsync(page);

        // Check your answers lists what is still missing, each linking to the question page that asks it.
        await tab.VisitAsync($"/purchasing/{draft}/check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit plan" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        var links = await page.Locator(".govuk-error-summary a")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith($"/purchasing/{draft}/", href));

        await tab.VisitAsync("/purchasing/changes");
        Assert.Contains("Keep a list of local equipment suppliers", await page.Locator("main table").InnerTextAsync());

        // Cancel the draft: the confirmation asks why, refuses no reason, and the purchase then shows as cancelled.
        await page.GotoAsync($"/purchasing/{draft}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel this purchase" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Are you sure you want to cancel this purchase?" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel purchase" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await EachErrorLinkFocusesItsFieldAsync(page);
        await page.GetByLabel("Why are you cancelling it?").FillAsync("The day centre found a chair it already owns");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel purchase" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.Equal("Cancelled", await page.Locator("main .govuk-tag--red").InnerTextAsync());
        Assert.Contains(
            "The day centre found a chair it already owns",
            await page.Locator("main dl").First.InnerTextAsync()
        );

        // Withdraw the submitted request to change it; "Keep it as it is" would go back to the purchase.
        await page.GotoAsync($"/purchasing/{submitted}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Withdraw this request to change it" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Are you sure you want to withdraw this request?" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        Assert.EndsWith(
            $"/purchasing/{submitted}",
            await page.GetByRole(AriaRole.Link, new() { Name = "Keep it as it is" }).GetAttributeAsync("href")
        );
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw request" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Equal("Draft", await page.Locator("main .govuk-tag").First.InnerTextAsync());
    }

    [Fact]
    [Trait("Criterion", "PU-P11")]
    public async Task Approver_RecordsADecision_AfterTheFormSaysWhatIsMissing()
    {
        var id = await ArrangeAsync(
            "Ceiling track hoist for a supported living flat",
            PurchaseStatus.AwaitingApproval,
            6_000m
        );
        await using var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await tab.SignInAsync(Role.DecisionMaker);

        await tab.VisitAsync($"/purchasing/{id}/approval");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(tab);
        await EachErrorLinkFocusesItsFieldAsync(page);

        await page.GetByRole(AriaRole.Radio, new() { Name = "Reject" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await page.Locator(".govuk-error-summary", new() { HasText = "Give the reason for rejecting the purchase" })
            .WaitForAsync();
        Assert.True(await page.GetByRole(AriaRole.Radio, new() { Name = "Reject" }).IsCheckedAsync());
        await EachErrorLinkFocusesItsFieldAsync(page);

        await page.GetByRole(AriaRole.Radio, new() { Name = "Approve" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success", new() { HasText = "You have approved the purchase" })
            .WaitForAsync();
    }

    /// <summary>The summary has focus after the failed submit (ES-03), and each of its links moves focus to the field
    /// it names (ES-04).</summary>
    private static async Task EachErrorLinkFocusesItsFieldAsync(IPage page)
    {
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.activeElement.matches('.govuk-error-summary')"),
            "the error summary should have focus"
        );
        var links = page.Locator(".govuk-error-summary__list a");
        var count = await links.CountAsync();
        Assert.True(count > 0, "the error summary should link to the fields");
        for (var i = 0; i < count; i++)
        {
            var target = (await links.Nth(i).GetAttributeAsync("href"))!.TrimStart('#');
            await links.Nth(i).ClickAsync();
            Assert.Equal(target, await page.EvaluateAsync<string>("() => document.activeElement.id"));
        }
    }

    /// <summary>A purchase of the purchaser's, at a stage, with a chosen quote from the preferred equipment supplier
    /// once submitted.</summary>
    private async Task<Guid> ArrangeAsync(string description, PurchaseStatus status, decimal value)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();
        var purchaser = await db
            .Users.Where(u => u.Email == DemoUsers.For(Role.Purchaser).Email)
            .Select(u => u.Id)
            .SingleAsync();
        var supplier = await db.Suppliers.SingleAsync(s =>
            s.OrganisationId == council && s.Name == DemoPurchasing.PreferredEquipment
        );
        var now = DateTimeOffset.UtcNow;
        var r = new PurchaseRequest
        {
            OrganisationId = council,
            RequestedByUserId = purchaser,
            Description = $"{description} {Guid.NewGuid():N}"[..(description.Length + 7)],
            Category = "33192000-2",
            Quantity = 1,
            Unit = "items",
            EstimatedValue = value,
            IncludesVat = true,
            Status = status,
            RecommendedRoute = PurchaseRoute.SingleQuote,
            ChosenRoute = PurchaseRoute.SingleQuote,
            QuotesRequired = 1,
            RuleSetVersion = 1,
            WholeLife = new WholeLifeCostInputs { PurchasePrice = value, LifeYears = 5 },
            CreatedAt = now,
            UpdatedAt = now,
            SubmittedAt = status == PurchaseStatus.Draft ? null : now,
        };
        if (status != PurchaseStatus.Draft)
        {
            r.Quotes.Add(
                new PurchaseQuote
                {
                    PurchaseRequestId = r.Id,
                    SupplierId = supplier.Id,
                    SupplierName = supplier.Name,
                    Price = value,
                    ReceivedOn = DateOnly.FromDateTime(now.UtcDateTime),
                }
            );
            r.ChosenQuoteId = r.Quotes[0].Id;
            r.SelectionReasons = "The only quote, from a preferred supplier";
        }
        db.PurchaseRequests.Add(r);
        await db.SaveChangesAsync();
        return r.Id;
    }

    private async Task ArrangeProposalAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();
        var purchaser = await db
            .Users.Where(u => u.Email == DemoUsers.For(Role.Purchaser).Email)
            .Select(u => u.Id)
            .SingleAsync();
        db.ProcessChangeProposals.Add(
            new ProcessChangeProposal
            {
                OrganisationId = council,
                ProposedByUserId = purchaser,
                ProposedAt = DateTimeOffset.UtcNow,
                WhatToChange = "Keep a list of local equipment suppliers who deliver within a week",
                Why = "Two purchases this year waited a month for delivery",
            }
        );
        await db.SaveChangesAsync();
    }
}
