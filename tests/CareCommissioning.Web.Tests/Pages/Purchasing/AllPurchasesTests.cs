using System.Net;
using System.Text;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Pages.Purchasing.Lists;
using CareCommissioning.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using static CareCommissioning.Web.Tests.Pages.Purchasing.PurchaseData;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

/// <summary>The specialists' list of all purchases (issue 5 §6): filters, paging, visibility and the
/// downloads.</summary>
public sealed class AllPurchasesTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>
    /// A small known set: a draft; a compliant order; an order on a less formal route that the requester approved
    /// themselves; a submitted request for home care; an order short of quotes with an approved reason; an order to a
    /// different supplier.
    /// </summary>
    private async Task<(PurchaseData Data, Dictionary<string, Guid> Ids)> KnownSetAsync(string marker)
    {
        var d = await LoadAsync(app);
        var t0 = app.Clock.GetUtcNow().AddDays(-30);
        var specs = new Dictionary<string, Spec>
        {
            ["draft"] = new($"{marker} draft walking frames")
            {
                Value = 1_000m,
                Recommended = null,
                Chosen = null,
                QuotesRequired = null,
                CreatedAt = t0,
            },
            ["compliant"] = new($"{marker} profiling beds")
            {
                Category = "33196200-2",
                Value = 10_000m,
                Status = PurchaseStatus.Ordered,
                Recommended = PurchaseRoute.WrittenQuotes,
                Chosen = PurchaseRoute.WrittenQuotes,
                QuotesRequired = 3,
                QuotesFrom = [d.Mobility, d.Beds, d.Shed],
                ApprovedBy = d.DecisionMaker,
                Ordered = true,
                CreatedAt = t0.AddDays(1),
            },
            ["selfapproved"] = new($"{marker} hoists")
            {
                Category = "33192000-2",
                Value = 8_000m,
                IncludesVat = false,
                Status = PurchaseStatus.Received,
                Recommended = PurchaseRoute.WrittenQuotes,
                Chosen = PurchaseRoute.SingleQuote,
                QuotesRequired = 3,
                QuotesFrom = [d.Beds],
                DepartureReason = "Only one supplier",
                ApprovedBy = d.Purchaser,
                Ordered = true,
                ActualCost = 9_500m,
                CreatedAt = t0.AddDays(2),
            },
            ["homecare"] = new($"{marker} home care hours")
            {
                Category = "85311100-3",
                Value = 50_000m,
                Status = PurchaseStatus.Submitted,
                Recommended = PurchaseRoute.RequestForQuotation,
                Chosen = PurchaseRoute.RequestForQuotation,
                QuotesRequired = 3,
                QuotesFrom = [d.Shed],
                CreatedAt = t0.AddDays(3),
            },
            ["shortapproved"] = new($"{marker} bath lifts")
            {
                Category = "33192000-2",
                Value = 6_000m,
                Status = PurchaseStatus.Ordered,
                Recommended = PurchaseRoute.WrittenQuotes,
                Chosen = PurchaseRoute.WrittenQuotes,
                QuotesRequired = 3,
                QuotesFrom = [d.Mobility, d.Beds],
                DepartureReason = "Only two suppliers answered",
                ApprovedBy = d.DecisionMaker,
                Ordered = true,
                CreatedAt = t0.AddDays(4),
            },
            ["othersupplier"] = new($"{marker} commodes")
            {
                Category = "33192000-2",
                Value = 2_000m,
                Status = PurchaseStatus.Ordered,
                QuotesFrom = [d.Mobility],
                ApprovedBy = d.DecisionMaker,
                Ordered = true,
                OrderSupplier = d.Beds,
                CreatedAt = t0.AddDays(5),
            },
        };
        var ids = await d.AddAsync(specs.Values);
        return (d, specs.Keys.Zip(ids).ToDictionary(x => x.First, x => x.Second));
    }

    private static async Task<IReadOnlyList<Guid>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/purchasing/all?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return LinkedIds(await HtmlClient.ParseAsync(response));
    }

    [Fact]
    public async Task Filters_EachNarrowTheList_ToTheMatchingPurchases()
    {
        var marker = "filt" + Guid.NewGuid().ToString("N")[..6];
        var (_, ids) = await KnownSetAsync(marker);
        var d = await LoadAsync(app);
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);
        async Task Expect(string filter, params string[] names)
        {
            var found = await ListAsync(specialist, $"search={marker}&{filter}");
            Assert.True(
                names.Select(n => ids[n]).ToHashSet().SetEquals(found),
                $"{filter}: expected {string.Join(", ", names)}; got {found.Count} rows"
            );
        }

        await Expect("", "draft", "compliant", "selfapproved", "homecare", "shortapproved", "othersupplier");
        await Expect("status=Ordered", "compliant", "shortapproved", "othersupplier");
        await Expect("route=SingleQuote", "selfapproved", "othersupplier");
        await Expect("route=RequestForQuotation", "homecare");
        // A code includes its children: 33190000-8 (medical equipment) holds 33192000-2 and 33196200-2; 85 is another
        // division.
        await Expect("category=33190000-8", "draft", "compliant", "selfapproved", "shortapproved", "othersupplier");
        await Expect("category=33196200-2", "compliant");
        await Expect("category=85000000-9", "homecare");
        // The supplier is the chosen quote's (the commodes were ordered from another, which makes them not compliant).
        await Expect($"supplier={d.Mobility}", "compliant", "shortapproved", "othersupplier");
        await Expect("supplier=fellgate", "selfapproved");
        // Bands use the value including VAT: £8,000 without VAT is £9,600.
        await Expect("band=Under5000", "draft", "othersupplier");
        await Expect("band=From5000To25000", "compliant", "selfapproved", "shortapproved");
        await Expect("band=From25000ToThreshold", "homecare");
        await Expect("band=AboveThreshold");
        await Expect("compliance=Compliant", "compliant", "shortapproved");
        await Expect("compliance=NotCompliant", "selfapproved", "othersupplier");
        await Expect("compliance=NotYetKnown", "draft", "homecare");
        await Expect("status=Ordered&compliance=Compliant&supplier=" + d.Mobility, "compliant", "shortapproved");

        // The order number is searchable too.
        await using var scope = app.Scope(out var db);
        var number = await db
            .PurchaseOrders.Where(o => o.PurchaseRequestId == ids["compliant"])
            .Select(o => o.Number)
            .SingleAsync();
        Assert.Equal([ids["compliant"]], await ListAsync(specialist, "search=" + number.ToLowerInvariant()));
    }

    [Fact]
    public async Task ComplianceInTheList_AgreesWithTheDomainRules()
    {
        var marker = "rule" + Guid.NewGuid().ToString("N")[..6];
        var (_, ids) = await KnownSetAsync(marker);
        await using var scope = app.Scope(out var db);
        var rows = await (await new PurchaseFilter().QueryAsync(db, [(await LoadAsync(app)).Council], app.Today))
            .Where(r => ids.Values.Contains(r.Id))
            .ToListAsync();
        foreach (var row in rows.Where(r => PurchaseList.Ordered.Contains(r.Status)))
        {
            var request = await db
                .PurchaseRequests.Include(p => p.Quotes)
                .Include(p => p.Advice)
                .SingleAsync(p => p.Id == row.Id);
            var order = await db.PurchaseOrders.SingleOrDefaultAsync(o => o.PurchaseRequestId == row.Id);
            Assert.Equal(
                PurchaseMeasures.Compliance(request, order, adviceWasNeeded: request.Advice.Count > 0).Compliant,
                row.Compliant
            );
        }
        Assert.All(rows.Where(r => !PurchaseList.Ordered.Contains(r.Status)), r => Assert.Null(r.Compliant));
    }

    [Fact]
    public async Task Paging_ShowsTwentyFiveAPage_WithoutOverlap_AndSortsByDate()
    {
        var marker = "page" + Guid.NewGuid().ToString("N")[..6];
        var d = await LoadAsync(app);
        var t0 = app.Clock.GetUtcNow().AddDays(-60);
        var created = await d.AddAsync(
            Enumerable.Range(0, 30).Select(i => new Spec($"{marker} item {i:00}") { CreatedAt = t0.AddHours(i) })
        );
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);

        var first = await specialist.GetDocumentAsync($"/purchasing/all?search={marker}");
        Assert.Contains("Showing 1 to 25 of 30 purchases", first.QuerySelector("[role=status]")!.TextContent);
        var page1 = LinkedIds(first);
        var page2 = await ListAsync(specialist, $"search={marker}&page=2");
        Assert.Equal(25, page1.Count);
        Assert.Equal(5, page2.Count);
        Assert.Empty(page1.Intersect(page2));
        // Newest first by default; oldest first on request.
        Assert.Equal(created.Reverse().ToList(), page1.Concat(page2).ToList());
        Assert.Equal(created.Take(25).ToList(), await ListAsync(specialist, $"search={marker}&sort=oldest"));
        Assert.NotNull(first.QuerySelector($"nav.govuk-pagination a[href*='page=2']"));
    }

    [Fact]
    public async Task AnotherOrganisationsPurchases_NeverAppear_InTheListOrTheDownloads()
    {
        var marker = "other" + Guid.NewGuid().ToString("N")[..6];
        var d = await LoadAsync(app);
        var ours = await d.AddAsync(new Spec($"{marker} ours"));
        await d.AddAsync(new Spec($"{marker} theirs") { Organisation = d.Icb, RequestedBy = d.Partner });
        foreach (var role in new[] { Role.ProcurementSpecialist, Role.Auditor })
        {
            var client = await app.SignedInAs(role);
            Assert.Equal([ours], await ListAsync(client, $"search={marker}"));
            Assert.Equal([ours], await ListAsync(client, $"search={marker}&compliance=NotYetKnown&sort=oldest"));
            var csv = await client.GetStringAsync($"/purchasing/all/export?format=csv&search={marker}");
            Assert.Contains($"{marker} ours", csv);
            Assert.DoesNotContain($"{marker} theirs", csv);
        }
    }

    [Fact]
    public async Task Purchaser_IsRefused_TheListAndItsDownloads()
    {
        var purchaser = await app.SignedInAs(Role.Purchaser);
        foreach (
            var url in new[]
            {
                "/purchasing/all",
                "/purchasing/all/export?format=csv",
                "/purchasing/all/export?format=xlsx",
            }
        )
        {
            var response = await purchaser.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await purchaser.GetAsync("/account/access-denied")).StatusCode);
        // The purchasing home links to the list only for those who may see it.
        Assert.Null((await purchaser.GetDocumentAsync("/purchasing")).QuerySelector("a[href='/purchasing/all']"));
        Assert.NotNull(
            (await (await app.SignedInAs(Role.ProcurementSpecialist)).GetDocumentAsync("/purchasing")).QuerySelector(
                "a[href='/purchasing/all']"
            )
        );
    }

    [Fact]
    public async Task CsvDownload_HasAHeaderRow_AndExactlyTheFilteredRows()
    {
        var marker = "csv" + Guid.NewGuid().ToString("N")[..6];
        await KnownSetAsync(marker);
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);
        var response = await specialist.GetAsync(
            $"/purchasing/all/export?format=csv&search={marker}&status=Ordered&sort=oldest"
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString());
        var lines = Encoding
            .UTF8.GetString(await response.Content.ReadAsByteArrayAsync())
            .TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', AllExportModel.Header), lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith(
            $"{marker} profiling beds,33196200-2,Ordered,Written quotes,Written quotes,{Web.Infrastructure.Seeding.DemoPurchasing.PreferredEquipment},10000.00,PO-T-",
            lines[1]
        );
        Assert.Contains(",Compliant,", lines[1]);
        Assert.StartsWith($"{marker} bath lifts,", lines[2]);
        Assert.StartsWith($"{marker} commodes,", lines[3]);
        Assert.Contains(",Not compliant,", lines[3]);
    }

    [Fact]
    public async Task XlsxDownload_OpensAsAWorkbook_WithTheHeaderAndTheFilteredRows()
    {
        var marker = "xlsx" + Guid.NewGuid().ToString("N")[..6];
        await KnownSetAsync(marker);
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);
        var response = await specialist.GetAsync(
            $"/purchasing/all/export?format=xlsx&search={marker}&compliance=NotCompliant&sort=oldest"
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            response.Content.Headers.ContentType!.MediaType
        );
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(AllExportModel.Header, rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal([$"{marker} hoists", $"{marker} commodes"], rows.Skip(1).Select(r => r[0]));
        Assert.All(rows.Skip(1), r => Assert.Equal("Not compliant", r[8]));
        Assert.Equal("9600.00", rows[1][6]);
        Assert.Equal("Single quote", rows[1][3]);
        Assert.Equal("Fellgate Beds and Care Furniture", rows[1][5]);
    }
}
