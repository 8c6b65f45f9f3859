using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Contracts;

/// <summary>
/// A commissioner reads what the demo design's outcomes would mean, in plain English on the design page and in easy
/// read, then records sharing it with carers and what they decided: an empty form is refused with the GOV.UK error
/// summary, the completed one is listed on the design page. Every page passes axe and the GOV.UK checks.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DesignShareJourneyTests(BrowserFixture browser)
{
    [Fact]
    [Trait("Criterion", "CD-P3")]
    public async Task ACommissioner_SharesTheImplicationsInEasyRead_AndRecordsWhatCarersDecided()
    {
        await using var commissioner = await browser.NewPageAsync();
        var page = commissioner.Page;
        await commissioner.SignInAsync(Role.Commissioner);
        await commissioner.VisitAsync("/contracts/designs?search=carers");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoContractDesign.Title }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "What the outcomes would mean" }).WaitForAsync();
        await PageChecks.AssertGoodPageAsync(commissioner);

        await page.GetByRole(AriaRole.Link, new() { Name = "Read the outcomes and what they would mean in easy read" })
            .ClickAsync();
        await page.GetByText("Booking data shared monthly.").First.WaitForAsync();
        await PageChecks.AssertGoodPageAsync(commissioner);
        await page.GoBackAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record sharing the design and what people decided" })
            .ClickAsync();
        await PageChecks.AssertGoodPageAsync(commissioner);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record sharing" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        Assert.Contains(
            "Enter who the design was shared with",
            await page.Locator(".govuk-error-summary__list a").AllInnerTextsAsync()
        );
        await PageChecks.AssertGoodPageAsync(commissioner);

        await page.GetByLabel("Who you shared it with").FillAsync("Carers' forum");
        await page.GetByLabel("Easy read").CheckAsync();
        var date = page.GetByRole(AriaRole.Group, new() { Name = "Date you shared it" });
        await date.GetByLabel("Day").FillAsync("1");
        await date.GetByLabel("Month").FillAsync("12");
        await date.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("What they decided or said").FillAsync("Chose weekend breaks as the top priority");
        await page.GetByLabel("No, the design stayed the same").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record sharing" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        Assert.Contains(
            "Chose weekend breaks as the top priority",
            await page.Locator("[aria-label='Shared with people and what they decided']").InnerTextAsync()
        );
        await PageChecks.AssertGoodPageAsync(commissioner);
    }
}
