using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships.RiskShare;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>Running the pool (PB-P15 with PB-P6): each scheme's forecast outturn and variance, and each partner's share
/// of the pool's variance by the agreed rule, with its working.</summary>
public sealed class PoolVariancePagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task TheCouncilSeesTheOverspendSplitInProportion_WithItsWorking_AndTheSharesAddUp()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool with an overspend");
        // Budgets £60,000 and £40,000 for the year; April's actuals over by £600 and £400 (the rest at budget).
        await pool.SchemeAsync(app, "Reablement", pool.CouncilPartner, 5_000m, 5_600m);
        await pool.SchemeAsync(app, "Discharge hub", pool.IcbPartner, 3_333.33m, 3_733.33m);
        await pool.AgreeAsync(app, RiskShareMethod.Proportional, 60_000m, 40_000m);
        var council = await app.SignedInAs(Role.FinanceOfficer);

        var doc = await council.GetDocumentAsync($"/partnerships/{pool.Id}/variance?year=2026");

        var schemes = doc.QuerySelectorAll("table")[0].TextContent;
        Assert.Contains("£600.00 over", schemes);
        Assert.Contains("£400.00 over", schemes);
        var shares = doc.QuerySelectorAll("table")[1];
        var rows = shares.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(DemoUsers.Council, rows[0]);
        // The budgets add up to £99,999.96, 4p under the £100,000 pool, so the pool's overspend is £999.96, not £1,000.
        Assert.Contains("£599.98", rows[0]);
        Assert.Contains("60% of the £999.96 overspend", rows[0]);
        Assert.Contains("£399.98", rows[1]);
        Assert.Contains("£999.96", rows[2]);
        Assert.Contains("not the pool of £100,000.00", doc.QuerySelector(".govuk-inset-text")!.TextContent);
        Assert.Contains("largest remainder", doc.Body!.TextContent);
        Assert.NotNull(doc.QuerySelector("svg title"));
    }

    [Fact]
    public async Task WithoutAnAgreementOrContributions_ThePageSaysWhatToRecordFirst()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool without an agreement");
        await pool.SchemeAsync(app, "Reablement", pool.CouncilPartner, 5_000m, 5_600m);
        var icb = await app.SignedInAs(Role.CommissioningPartner);

        var doc = await icb.GetDocumentAsync($"/partnerships/{pool.Id}/variance");

        Assert.Contains(
            "Record the partners' contributions and the agreement's risk-share rule first",
            doc.QuerySelector(".govuk-inset-text")!.TextContent
        );
        Assert.Contains("£600.00 over", doc.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task TheTableDownloads_AsCsvAndExcel()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool to download");
        await pool.SchemeAsync(app, "Reablement", pool.CouncilPartner, 5_000m, 5_600m);
        await pool.AgreeAsync(app, RiskShareMethod.Proportional, 60_000m, 0m);
        var council = await app.SignedInAs(Role.FinanceOfficer);

        var csv = await (
            await council.GetAsync($"/partnerships/{pool.Id}/variance?year=2026&format=csv")
        ).Content.ReadAsStringAsync();
        var xlsx = await council.GetAsync($"/partnerships/{pool.Id}/variance?year=2026&format=xlsx");

        Assert.Contains("Reablement,Other,Northshire County Council,60000,5600,60600,600", csv);
        Assert.Contains("Total,,,60000,5600,60600,600", csv);
        Assert.Contains("Northshire County Council,60000,600,", csv);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
    }
}
