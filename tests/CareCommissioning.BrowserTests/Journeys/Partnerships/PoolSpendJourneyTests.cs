using System.Text;
using CareCommissioning.BrowserTests.Infrastructure;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace CareCommissioning.BrowserTests.Journeys.Partnerships;

/// <summary>Running the demo pool: the ICB's partner commissioner imports a quarter's actuals for the scheme it leads
/// from a file (a bad file first, refused by row), and the council's finance officer sees the overspend split between
/// the partners with its working. Every page passes axe and the GOV.UK checks.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PoolSpendJourneyTests(BrowserFixture browser)
{
    private const string Discharge = "Discharge to assess and intermediate care";

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task TheIcbImportsAQuartersSpend_TheCouncilSeesTheOverspendSplitWithItsWorking()
    {
        await using var icb = await browser.NewPageAsync();
        var page = icb.Page;
        await icb.SignInAsync(Role.CommissioningPartner);
        await icb.VisitAsync("/partnerships?search=better+care");
        await icb.ClickAsync(AriaRole.Link, DemoPartnership.Name);
        await icb.ClickAsync(AriaRole.Link, "Schemes the partnership funds");
        var schemes = new Uri(page.Url).PathAndQuery;
        Assert.Contains(Discharge, await page.Locator("main table").InnerTextAsync());
        await icb.ClickAsync(AriaRole.Link, Discharge);
        await icb.ClickAsync(AriaRole.Button, "Enter or correct 2026/27 spend");
        await icb.VisitAsync(schemes);
        await icb.ClickAsync(AriaRole.Button, "Add a scheme");
        await icb.VisitAsync(schemes);
        await icb.ClickAsync(AriaRole.Button, "Import spend from a spreadsheet");

        // A bad file: every problem by row, nothing imported.
        await Upload(
            page,
            "Scheme,Month,Budget,Actual,Forecast\r\n"
                + $"{Discharge},2026-10,250000,258000,\r\n"
                + $"{Discharge},Nov 2026,250000,two hundred,\r\n"
                + "Falls service,2026-12,1000,,\r\n"
        );
        await icb.ClickAsync(AriaRole.Button, "Import spending");
        var errors = await page.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("Row 3: actual \"two hundred\" must be an amount in pounds", errors);
        Assert.Contains("Row 4: \"Falls service\" is not a scheme of this partnership", errors);

        // The quarter, October to December, as the ICB's ledger gives it.
        await Upload(
            page,
            "Scheme,Month,Budget,Actual,Forecast\r\n"
                + $"{Discharge},2026-10,250000,258000,\r\n"
                + $"{Discharge},Nov 2026,250000,262000,\r\n"
                + $"{Discharge},December 2026,250000,266000,\r\n"
        );
        await icb.ClickAsync(AriaRole.Button, "Import spending");
        Assert.Contains(
            "3 months of spending have been imported for 1 scheme",
            await page.Locator(".govuk-notification-banner--success").InnerTextAsync()
        );

        await using var council = await browser.NewPageAsync();
        await council.SignInAsync(Role.FinanceOfficer);
        await council.VisitAsync("/partnerships?search=better+care");
        await council.ClickAsync(AriaRole.Link, DemoPartnership.Name);
        await council.ClickAsync(AriaRole.Link, "Variance and each partner's share");
        var main = await council.Page.Locator("main").InnerTextAsync();
        // Demo schemes £149,000 over before the import; the quarter adds £21,000 to the ICB's scheme.
        Assert.Contains("£170,000.00 over budget", main);
        Assert.Contains("Proportional to contributions", main);
        var shares = await council.Page.Locator("main table").Nth(1).InnerTextAsync();
        Assert.Contains("£99,166.67", shares);
        Assert.Contains("£70,833.33", shares);
        Assert.Contains("58.33% of the £170,000 overspend", shares);
        Assert.Contains("largest remainder", main);
    }

    private static Task Upload(IPage page, string csv) =>
        page.GetByLabel("Upload a file")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "icb-ledger.csv",
                    MimeType = "text/csv",
                    Buffer = Encoding.UTF8.GetBytes(csv),
                }
            );
}
