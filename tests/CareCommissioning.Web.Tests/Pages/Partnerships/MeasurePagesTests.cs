using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Partnerships.Measures;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>Partners agree measures, the providing partner records each period's value, and every partner sees them
/// as a table, a chart described in words and a download; nobody else sees anything.</summary>
public sealed class MeasurePagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form MeasureForm(string name) =>
        new Form()
            .Set("Input.Name", name)
            .Set("Input.Definition", "Emergency admissions of people aged 65 and over per 100,000 of that age")
            .Set("Input.Frequency", nameof(MeasureFrequency.Quarterly))
            .Set("Input.Unit", "per 100,000 people aged 65 and over")
            .Set("Input.Baseline", "1,850")
            .Set("Input.Target", "1780")
            .Set("Input.Better", "lower");

    private async Task<(Guid Pool, Guid Measure)> PoolWithMeasureAsync(
        HttpClient council,
        string name,
        Guid? provider = null
    )
    {
        var pool = await Pools.AddAsync(app, council, name);
        var form = MeasureForm("Emergency admissions 65+");
        if (provider is { } p)
            form.Set("Input.ProviderPartnerId", p.ToString());
        var added = await council.PostFormAsync($"/partnerships/{pool}/measures/add", form);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return (pool, Guid.Parse(added.Headers.Location!.OriginalString.Split('/').Last()));
    }

    private static Form Value(string period, string value, int version = 0) =>
        new Form()
            .Set("Input.Period", period)
            .Set("Input.Value", value)
            .Set("Input.Note", "From SUS, provisional")
            .Set("Input.Version", version.ToString());

    [Fact]
    [Trait("Criterion", "PB-P14")]
    public async Task CouncilAgreesAMeasure_IcbRecordsQuarters_BothSeeProgressChartAndTable()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var pool = await Pools.AddAsync(app, council, "Measured pool");
        var icbRow = await Pools.PartnerAsync(app, pool, DemoUsers.Icb);
        var added = await council.PostFormAsync(
            $"/partnerships/{pool}/measures/add",
            MeasureForm("Emergency admissions 65+").Set("Input.ProviderPartnerId", icbRow.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var measure = added.Headers.Location!.OriginalString;

        var icb = await app.SignedInAs(Role.CommissioningPartner);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await icb.PostFormAsync(measure, Value("2025-04-01", "1862"))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await icb.PostFormAsync(measure, Value("2025-07-01", "1,776.5"))).StatusCode
        );

        var doc = await council.GetDocumentAsync(measure);
        var rows = doc.QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).Take(2).ToList())
            .ToList();
        Assert.Equal(
            [
                ["Quarter 1 of 2025/26 (April to June 2025)", "1,862"],
                ["Quarter 2 of 2025/26 (July to September 2025)", "1,776.5"],
            ],
            rows
        );
        Assert.Contains(DemoUsers.Icb, doc.QuerySelector("tbody tr td:nth-of-type(2)")!.TextContent);
        // The chart is described in words, and the description names where the measure stands.
        var summary = doc.QuerySelector("#measure-summary")!.TextContent;
        Assert.Contains("From 1,862 per 100,000 people aged 65 and over", summary);
        Assert.Contains("The target is 1,780", summary);
        Assert.Contains("meets target", summary);
        Assert.NotNull(doc.QuerySelector("figure svg[role=img]"));
        // Only the ICB provides the values: the council reads them and has no form.
        Assert.Null(doc.QuerySelector("#record"));

        var list = await council.GetDocumentAsync($"/partnerships/{pool}/measures");
        var row = list.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("1,776.5", row);
        Assert.Contains("Meets target", row);
        Assert.Contains(DemoUsers.Icb, row);
    }

    [Fact]
    public async Task ANonProvidingPartner_CannotRecordAValue()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var pool = await Pools.AddAsync(app, council, "Provider-only pool");
        var icbRow = await Pools.PartnerAsync(app, pool, DemoUsers.Icb);
        var added = await council.PostFormAsync(
            $"/partnerships/{pool}/measures/add",
            MeasureForm("Discharge delays").Set("Input.ProviderPartnerId", icbRow.ToString())
        );
        var measure = added.Headers.Location!.OriginalString;
        var measureId = Guid.Parse(measure.Split('/').Last());

        // The council's page has no form to record with; a post made by hand is refused.
        Assert.Null((await council.GetDocumentAsync(measure)).QuerySelector("#record"));
        var refused = await council.PostFormAsync(measure, Value("2025-04-01", "3"));

        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.AbsolutePath);
        await using var scope = app.Scope(out var db);
        Assert.Equal(0, await db.MeasureValues.CountAsync(v => v.MeasureId == measureId));
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task TwoPartnersEnterTheSameQuarter_TheSecondSeesTheFirstsValue_NothingOverwritten()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var (pool, measureId) = await PoolWithMeasureAsync(council, "Same quarter pool");
        var measure = $"/partnerships/{pool}/measures/{measureId}";
        var icb = await app.SignedInAs(Role.CommissioningPartner);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await icb.PostFormAsync(measure, Value("2025-10-01", "1801"))).StatusCode
        );
        var second = await council.PostFormAsync(measure, Value("2025-10-01", "1799"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var doc = await HtmlClient.ParseAsync(second);
        Assert.Contains("already has a value, 1,801", doc.ErrorSummary().Single());
        Assert.Equal("1799", doc.FieldValue("Input.Value"));
        await using (var scope = app.Scope(out var db))
            Assert.Equal(1801m, (await db.MeasureValues.SingleAsync(v => v.MeasureId == measureId)).Value);

        // Saving again from the value now shown replaces it deliberately.
        var version = doc.FieldValue("Input.Version")!;
        var again = await council.PostFormAsync(measure, Value("2025-10-01", "1799", int.Parse(version)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(1799m, (await db.MeasureValues.SingleAsync(v => v.MeasureId == measureId)).Value);
    }

    [Fact]
    public async Task BadValues_AreRefusedWithTheirAnswersKept_NothingSaved()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var (pool, measureId) = await PoolWithMeasureAsync(council, "Bad values pool");
        var measure = $"/partnerships/{pool}/measures/{measureId}";

        var text = await council.PostFormAsync(measure, Value("2025-04-01", "about 1800"));
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        var doc = await HtmlClient.ParseAsync(text);
        Assert.Equal(["The value must be a number, like 1850 or 12.5"], doc.ErrorSummary());
        Assert.StartsWith("Error: ", doc.Title);
        Assert.Equal("about 1800", doc.FieldValue("Input.Value"));

        // A month that does not start a quarter, and a quarter that has not started yet.
        var midQuarter = await HtmlClient.ParseAsync(await council.PostFormAsync(measure, Value("2025-05-01", "1")));
        Assert.Equal(["Select a period the measure is reported for"], midQuarter.ErrorSummary());
        var future = await HtmlClient.ParseAsync(await council.PostFormAsync(measure, Value("2027-04-01", "1")));
        Assert.Equal(["The period must have started: you cannot record a value for the future"], future.ErrorSummary());
        await using var scope = app.Scope(out var db);
        Assert.Equal(0, await db.MeasureValues.CountAsync(v => v.MeasureId == measureId));
    }

    [Fact]
    public async Task AddingAMeasure_Validates_AndTheNationalMetricsAreAddedOnce()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var pool = await Pools.AddAsync(app, council, "National metrics pool");
        var bad = await council.PostFormAsync(
            $"/partnerships/{pool}/measures/add",
            MeasureForm("").Set("Input.Target", "lots").Set("Input.ProviderPartnerId", Guid.NewGuid().ToString())
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var doc = await HtmlClient.ParseAsync(bad);
        Assert.Equal(
            [
                "Enter the name of the measure",
                "Target must be a number, like 1850 or 12.5",
                "Select a partner of this partnership to provide the values",
            ],
            doc.ErrorSummary()
        );
        Assert.Equal("1,850", doc.FieldValue("Input.Baseline"));

        var list = $"/partnerships/{pool}/measures";
        var national = await council.PostFormAsync(list, new Form(), action: list + "?handler=National");
        Assert.Equal(HttpStatusCode.Redirect, national.StatusCode);
        var page = await council.GetDocumentAsync(list);
        Assert.Equal(
            MeasureRules.BetterCareFundMetrics.Select(m => m.Name!).Order(StringComparer.Ordinal),
            page.QuerySelectorAll("tbody th a").Select(a => a.TextContent.Trim()).Order(StringComparer.Ordinal)
        );
        // Once they are all there the button goes.
        Assert.DoesNotContain(page.QuerySelectorAll("button"), b =>
            b.TextContent.Contains("national metrics", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task ChangingAMeasure_AfterSomeoneElseDid_Is409WithTheirsShownAndYoursKept()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var (pool, measureId) = await PoolWithMeasureAsync(council, "Edited measure pool");
        var edit = $"/partnerships/{pool}/measures/{measureId}/edit";
        var read = (await council.GetDocumentAsync(edit)).FieldValue("Input.Version")!;
        var first = await council.PostFormAsync(
            edit,
            MeasureForm("Emergency admissions 65+").Set("Input.Target", "1750").Set("Input.Version", read)
        );
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var stale = await council.PostFormAsync(
            edit,
            MeasureForm("Emergency admissions 65+").Set("Input.Target", "1700").Set("Input.Version", read)
        );

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var doc = await HtmlClient.ParseAsync(stale);
        Assert.Contains("Target", doc.QuerySelector("main")!.TextContent);
        Assert.Equal("1700", doc.FieldValue("Input.Target"));
        await using var scope = app.Scope(out var db);
        Assert.Equal(1750m, (await db.PartnershipMeasures.SingleAsync(m => m.Id == measureId)).Target);
    }

    [Fact]
    [Trait("Criterion", "PB-P14")]
    public async Task APartner_DownloadsEveryMeasureWithItsValues_AsCsvAndExcel()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var (pool, measureId) = await PoolWithMeasureAsync(council, "Downloaded pool");
        await council.PostFormAsync($"/partnerships/{pool}/measures/{measureId}", Value("2025-04-01", "1862"));
        var icb = await app.SignedInAs(Role.CommissioningPartner);

        var csv = await icb.GetStringAsync($"/partnerships/{pool}/measures/download/csv");
        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal(string.Join(",", DownloadModel.Columns), lines[0]);
        Assert.StartsWith(
            "Emergency admissions 65+,\"per 100,000 people aged 65 and over\",Quarterly,1850,1780,No,2025/26 Q1,2025-04-01,1862,",
            lines[1]
        );

        var xlsx = await icb.GetAsync($"/partnerships/{pool}/measures/download/xlsx");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var rows = workbook
            .WorkbookPart!.WorksheetParts.Single()
            .Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())
            .ToList();
        Assert.Equal(DownloadModel.Columns, rows[0]);
        Assert.Equal("1862", rows[1][8]);
    }

    [Fact]
    public async Task SomeoneOfAnOrganisationNotInIt_FindsNoMeasureByGuessingAddresses()
    {
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var (pool, measureId) = await PoolWithMeasureAsync(council, "Sealed measures pool");
        var outsider = await TestAccounts.CreateAsync(app, Role.FinanceOfficer, DemoUsers.Voluntary);
        var client = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        foreach (
            var page in new[]
            {
                $"/partnerships/{pool}/measures",
                $"/partnerships/{pool}/measures/add",
                $"/partnerships/{pool}/measures/{measureId}",
                $"/partnerships/{pool}/measures/{measureId}/edit",
                $"/partnerships/{pool}/measures/download/csv",
            }
        )
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        // A measure of one partnership is not found under another's address either.
        var other = await Pools.AddAsync(app, council, "Other pool");
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await council.GetAsync($"/partnerships/{other}/measures/{measureId}")).StatusCode
        );
    }
}
