using System.Globalization;
using System.Net;
using CareCommissioning.Domain.Audit;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>A partner imports its schemes' monthly spend from its finance system (PB-P15): every row checked, every
/// problem listed by row, nothing half-imported; the months in the file replace those months.</summary>
public sealed class PoolSpendImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task TheIcbImportsAQuartersActualsForItsScheme_WhichReplaceThoseMonths()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool for a quarter's import");
        var scheme = await pool.SchemeAsync(app, "Discharge to assess", pool.IcbPartner, 250_000m);
        var icb = await PoolFixture.IcbOnlyAsync(app);

        var response = await pool.UploadAsync(
            icb,
            "Scheme,Month,Budget,Actual,Forecast\r\n"
                + "Discharge to assess,2026-04,250000,\"255,000.00\",\r\n"
                + "Discharge to assess,May 2026,250000,262000,\r\n"
                + "\r\n"
                + "discharge to assess,June 2026,250000,248000.50,\r\n",
            "ledger-q1.csv"
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var months = await pool.MonthsAsync(app, scheme);
        Assert.Equal(12, months.Count);
        Assert.Equal([255_000m, 262_000m, 248_000.50m], months.Take(3).Select(m => m.Actual!.Value));
        Assert.Null(months[3].Actual);
        Assert.StartsWith("Imported from ledger-q1.csv by", months[0].Source);
        var list = await icb.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(
            "3 months of spending have been imported for 1 scheme: 0 new, 3 replaced, 0 unchanged",
            list.QuerySelector(".govuk-notification-banner")!.TextContent
        );
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task ALargeImport_IsWrittenInBulk_WithAnAuditRowForEveryMonth_OnAWholeChain()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool for a large import");
        var schemes = pool.NewSchemes(250);
        await using (var scope = app.Scope(out var db))
        {
            db.PartnershipSchemes.AddRange(schemes);
            await db.SaveChangesAsync();
        }
        var icb = await PoolFixture.IcbOnlyAsync(app);
        string File(int shift) =>
            "Scheme,Month,Budget,Actual,Forecast\n"
            + string.Concat(
                from s in Enumerable.Range(1, 250)
                from m in Enumerable.Range(0, 12)
                select $"Scheme {s:000},{new DateOnly(2026, 4, 1).AddMonths(m):yyyy-MM},1000,{900 + s + m + shift}.50,\n"
            );

        var first = await pool.UploadAsync(icb, File(0), "year.csv");
        var again = await pool.UploadAsync(icb, File(0), "year.csv");
        var changed = await pool.UploadAsync(icb, File(7), "year-revised.csv");

        Assert.All([first, again, changed], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var banner = await icb.GetDocumentAsync(changed.Headers.Location!.OriginalString);
        Assert.Contains(
            "3,000 months of spending have been imported for 250 schemes: 0 new, 3,000 replaced, 0 unchanged",
            banner.QuerySelector(".govuk-notification-banner")!.TextContent
        );
        await using var check = app.Scope(out var read);
        var ids = schemes.Select(s => s.Id).ToList();
        var months = await read.SchemeSpend.AsNoTracking().Where(m => ids.Contains(m.SchemeId)).ToListAsync();
        Assert.Equal(3_000, months.Count);
        Assert.All(months, m => Assert.Equal(2, m.Version));
        Assert.All(months, m => Assert.StartsWith("Imported from year-revised.csv by", m.Source));
        var keys = months.Select(m => m.Id.ToString()).ToHashSet();
        var audit = await read
            .AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(SchemeSpend) && e.PartnershipId == pool.Id)
            .ToListAsync();
        Assert.Equal(3_000, audit.Count(e => e.Action == AuditAction.Created));
        Assert.Equal(3_000, audit.Count(e => e.Action == AuditAction.Updated));
        Assert.True(keys.SetEquals(audit.Select(e => e.EntityId)));
        var host = await read.Partnerships.Where(p => p.Id == pool.Id).Select(p => p.OrganisationId).SingleAsync();
        Assert.All(audit, e => Assert.Equal(host, e.OrganisationId));
        Assert.All(audit, e => Assert.NotNull(e.UserId));
        Assert.Null((await AuditVerifier.VerifyAsync(read)).FirstBreak);
        var month = months.Single(m => m.SchemeId == schemes[0].Id && m.Month == new DateOnly(2026, 4, 1));
        var history = await RecordHistory.LoadAsync(read, nameof(SchemeSpend), month.Id.ToString(), "April");
        Assert.Equal([AuditAction.Updated, AuditAction.Created], history.Changes.Select(c => c.Action));
        // Before as the database gave it back (SQLite keeps 901.5, PostgreSQL 901.50), as a tracked save records it.
        var actual = history.Changes[0].Fields.Single(f => f.Field == "Actual");
        Assert.Equal((901.5m, "908.50"), (decimal.Parse(actual.Before!, CultureInfo.InvariantCulture), actual.After));
        Assert.Contains(history.Changes[1].Fields, f => f is { Field: "Budget", Before: null, After: "1000" });
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task AFileWithBadRows_ListsEveryProblemByRow_AndImportsNothing()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool for a bad import");
        var ours = await pool.SchemeAsync(app, "Discharge to assess", pool.IcbPartner, 100m);
        await pool.SchemeAsync(app, "Reablement", pool.CouncilPartner, 100m);
        var icb = await PoolFixture.IcbOnlyAsync(app);

        var response = await pool.UploadAsync(
            icb,
            "Scheme,Month,Budget,Actual,Forecast\n"
                + "Discharge to assess,2026-04,100,90,\n"
                + "Hospital at home,2026-04,100,,\n"
                + "Discharge to assess,2026-05,lots,,\n"
                + "Discharge to assess,2027-04,100,,\n"
                + "Discharge to assess,2026-04,100,95,\n"
                + "Reablement,2026-04,100,,\n"
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: ", doc.Title);
        Assert.Equal(
            [
                "Row 3: \"Hospital at home\" is not a scheme of this partnership",
                "Row 4: budget \"lots\" must be an amount in pounds, like 12500 or 12,500.00",
                "Row 5: April 2027 is outside the partnership, which runs from April 2026 to March 2027",
                "Row 6: Discharge to assess, April 2026 is already given in row 2",
                "Row 7: Reablement is led by Northshire County Council: only its people or the host's record its spend",
                "The file has 5 problems. Nothing has been imported: correct the file and upload it again",
            ],
            doc.ErrorSummary()
        );
        Assert.All(await pool.MonthsAsync(app, ours), m => Assert.Null(m.Actual));
    }

    [Fact]
    public async Task AFileThatIsNotASpreadsheet_OrHasTheWrongColumns_IsRefusedPlainly()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool for odd files");
        var council = await app.SignedInAs(Role.FinanceOfficer);

        var pdf = await pool.UploadAsync(council, "%PDF-1.4", "spend.pdf");
        var columns = await pool.UploadAsync(council, "Cost centre,Period,Amount\nX,1,2\n");

        Assert.Equal(
            ["The file must be a CSV or an Excel workbook (.xlsx)"],
            (await HtmlClient.ParseAsync(pdf)).ErrorSummary()
        );
        Assert.StartsWith(
            "The columns must be Scheme, Month, Budget, Actual, Forecast",
            (await HtmlClient.ParseAsync(columns)).ErrorSummary()[0]
        );
    }

    [Fact]
    public async Task TheTemplate_HasARowForEachMonthOfTheYear_ForEachSchemeTheUserRecords_InCsvAndExcel()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool with a template");
        await pool.SchemeAsync(app, "Discharge to assess", pool.IcbPartner, 100m, 90m);
        await pool.SchemeAsync(app, "Reablement", pool.CouncilPartner, 200m);
        var icb = await PoolFixture.IcbOnlyAsync(app);

        var csv = await icb.GetAsync($"/partnerships/{pool.Id}/spend/template?year=2026&format=csv");
        var xlsx = await icb.GetAsync($"/partnerships/{pool.Id}/spend/template?year=2026&format=xlsx");

        var lines = (await csv.Content.ReadAsStringAsync())
            .TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Scheme,Month,Budget,Actual,Forecast", lines[0]);
        Assert.Equal(13, lines.Length); // the ICB records its own scheme only
        Assert.Equal("Discharge to assess,2026-04,100,90,", lines[1]);
        Assert.Equal("Discharge to assess,2027-03,100,,", lines[12]);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType!.MediaType
        );
        await using var scope = app.Scope(out var db);
        Assert.Equal(
            24,
            await db.SchemeSpend.CountAsync(s =>
                db.PartnershipSchemes.Any(p => p.Id == s.SchemeId && p.PartnershipId == pool.Id)
            )
        );
    }
}
