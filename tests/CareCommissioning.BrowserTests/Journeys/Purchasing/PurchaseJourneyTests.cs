using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Purchasing;

/// <summary>
/// Issue 5's journey: a purchaser plans a purchase from an unfamiliar supplier, a procurement specialist advises, a
/// budget holder approves, the order is issued and received, the evaluation is shared and a process change agreed —
/// each page through the checks.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PurchaseJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "PU-P1")]
    [Trait("Criterion", "PU-P6")]
    [Trait("Criterion", "PU-P9")]
    [Trait("Criterion", "PU-P10")]
    [Trait("Criterion", "PU-P11")]
    [Trait("Criterion", "PU-P14")]
    [Trait("Criterion", "PU-P15")]
    public async Task Purchaser_Specialist_AndBudgetHolder_MakeAndEvaluateAPurchase()
    {
        await using var purchaserTab = await browser.NewPageAsync();
        var page = purchaserTab.Page;
        await purchaserTab.SignInAsync(Role.Purchaser);
        async Task Continue() =>
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        async Task Good() => await PageChecks.AssertGoodPageAsync(purchaserTab);

        await purchaserTab.VisitAsync("/purchasing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a purchase" })
            .Or(page.GetByRole(AriaRole.Link, new() { Name = "Start a purchase" }))
            .First.ClickAsync();
        await Good();
        await page.GetByLabel("What do you need to buy?")
            .FillAsync("Woodwork sessions for a men's wellbeing group, 12 weeks");
        await page.GetByLabel("CPV code").FillAsync("85312000-1");
        await page.GetByLabel("Quantity").FillAsync("12");
        await page.GetByLabel("Unit (optional)").FillAsync("sessions");
        var needed = DateTime.UtcNow.AddMonths(1);
        await page.GetByLabel("Day").FillAsync(needed.Day.ToString());
        await page.GetByLabel("Month").FillAsync(needed.Month.ToString());
        await page.GetByLabel("Year").FillAsync(needed.Year.ToString());
        await Continue();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await Good();
        await page.GetByLabel("CPV code").FillAsync("85312000-9");
        await Continue();

        await page.GetByLabel("Which outcome or service does it support?")
            .FillAsync("Less isolation for older men after bereavement");
        await page.GetByLabel("Budget head it is charged to").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Good();
        await Continue();
        await page.GetByLabel("Do other teams or partners buy the same?")
            .FillAsync("None found: asked the ICB social prescribers");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Yes" }).CheckAsync();
        await page.GetByLabel("If yes, how are they involved?").FillAsync("The group chose the sessions it wants");
        await Good();
        await Continue();
        await page.GetByLabel("Estimated value").FillAsync("2,400");
        await page.GetByLabel("Yes, it includes VAT (or no VAT is charged)").CheckAsync();
        await page.GetByLabel("Purchase price").FillAsync("2400");
        await page.GetByLabel("How many years will it be used?").FillAsync("1");
        await Good();
        await Continue();
        await Good();
        Assert.Contains("Single quote", await page.Locator(".govuk-inset-text").InnerTextAsync());
        await Continue();
        await page.GetByLabel("Whole-life cost", new() { Exact = true }).FillAsync("30");
        await page.GetByLabel("Quality", new() { Exact = true }).FillAsync("40");
        await page.GetByLabel("Social value").FillAsync("30");
        await page.GetByLabel("Against the lowest: the lowest whole-life cost gets all the points").CheckAsync();
        await page.GetByLabel("Compliance with the purchasing rules").CheckAsync();
        await Good();
        await Continue();
        await Good();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit plan" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Good();
        var purchaseUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Quotes and choosing the supplier" }).ClickAsync();
        await Good();
        await page.GetByLabel("Supplier", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = "Dalebridge Men's Shed" });
        await page.GetByLabel("Price", new() { Exact = true }).FillAsync("2,400");
        await page.GetByRole(AriaRole.Group, new() { Name = "Score for quality" }).GetByLabel("4").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Score for social value" }).GetByLabel("5").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record quote" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Good();
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose Dalebridge Men's Shed" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Approval" }).ClickAsync();
        await Good();
        Assert.Contains("is unfamiliar", await page.Locator("main").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Ask a procurement specialist" }).ClickAsync();
        await page.GetByLabel("Ask the procurement specialists")
            .FillAsync("Do we know this charity? It has not supplied us before.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send question" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Good();

        await using (var specialistTab = await browser.NewPageAsync())
        {
            await specialistTab.SignInAsync(Role.ProcurementSpecialist);
            await specialistTab.VisitAsync(new Uri(purchaseUrl).AbsolutePath + "/advice");
            await specialistTab
                .Page.GetByLabel("Your advice")
                .FillAsync("A well-run local charity; CQC does not apply. Pay on invoice after each month.");
            await specialistTab.Page.GetByRole(AriaRole.Button, new() { Name = "Send advice" }).ClickAsync();
            await specialistTab.Page.Locator(".govuk-notification-banner--success").WaitForAsync();
            await PageChecks.AssertGoodPageAsync(specialistTab);
        }

        await purchaserTab.VisitAsync(new Uri(purchaseUrl).AbsolutePath + "/approval");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve within my limit" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Purchase order and receipt" }).ClickAsync();
        await Good();
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue purchase order" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Good();
        Assert.Matches(@"PO-\d{4}-\d{6}", await page.Locator("h1").InnerTextAsync());
        await page.GetByLabel("Actual cost").FillAsync("2,400");
        await page.GetByLabel("4 – good").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record receipt" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Good();
        await page.GetByLabel("5", new() { Exact = true }).First.CheckAsync();
        await page.GetByLabel("Good value").CheckAsync();
        await page.GetByLabel(
                "What difference has it made to the people who use the service, their families and carers, and the community?"
            )
            .FillAsync("Eight men now meet weekly; two have joined the shed as volunteers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save evaluation" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Good();
        await page.GetByRole(AriaRole.Link, new() { Name = "Propose a change to the purchasing process" }).ClickAsync();
        await Good();
        await page.GetByLabel("What should change?")
            .FillAsync("List local charities that have supplied well as preferred suppliers for social activities");
        await page.GetByLabel("Why?").FillAsync("Advice was needed for a charity many teams already know");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send proposal" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Good();
        var proposalUrl = new Uri(page.Url).AbsolutePath;

        await using var specialist = await browser.NewPageAsync();
        await specialist.SignInAsync(Role.ProcurementSpecialist);
        await specialist.VisitAsync("/notices");
        Assert.Contains(
            "Purchase evaluated: Woodwork sessions",
            await specialist.Page.Locator("main").InnerTextAsync()
        );
        await specialist.VisitAsync(proposalUrl);
        await specialist.Page.GetByLabel("Agree the change").CheckAsync();
        await specialist.Page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await specialist.Page.Locator(".govuk-error-summary").WaitForAsync();
        await PageChecks.AssertGoodPageAsync(specialist);
        await specialist.Page.GetByLabel("Reason").FillAsync("Agreed: the register will list them");
        await specialist.Page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await specialist.Page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Contains("Agreed", await specialist.Page.Locator(".govuk-summary-list").InnerTextAsync());
    }
}
