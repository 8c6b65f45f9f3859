using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Purchasing.Lists;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareCommissioning.Web.Tests.Pages.Purchasing.PurchaseData;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

/// <summary>
/// The list columns a purchase request keeps (chosen supplier, compliance, value in pence, committed spend) are a cache
/// of the domain's answer: they equal it after every change made through the pages and the API, the list's filters give
/// what the domain says, and requests saved before the columns existed are filled by the backfill.
/// </summary>
public sealed class PurchaseListColumnsTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>What the domain says the columns should be, worked out here from the record itself.</summary>
    private static (Guid?, string?, string?, bool?, long, decimal?) Expected(PurchaseRequest r, PurchaseOrder? order) =>
        (
            r.ChosenQuote?.SupplierId,
            r.ChosenQuote?.SupplierName,
            order?.Number,
            PurchasingCompliance.IsCommitted(r.Status)
                ? PurchaseMeasures.Compliance(r, order, adviceWasNeeded: r.Advice.Count > 0).Compliant
                : null,
            (long)decimal.Floor(r.EstimatedValueIncludingVat * 100m),
            PurchasingCompliance.IsCommitted(r.Status) ? order?.ActualCost ?? r.EstimatedValueIncludingVat : null
        );

    private static (Guid?, string?, string?, bool?, long, decimal?) Stored(PurchaseRequest r) =>
        (
            r.ChosenSupplierId,
            r.ChosenSupplierName,
            r.OrderNumber,
            r.Compliant,
            r.EstimatedPenceIncludingVat,
            r.CommittedSpend
        );

    private static async Task<(PurchaseRequest Request, PurchaseOrder? Order)> ReadAsync(AppDbContext db, Guid id) =>
        (
            await db
                .PurchaseRequests.AsNoTracking()
                .Include(p => p.Quotes)
                .Include(p => p.Advice)
                .AsSplitQuery()
                .SingleAsync(p => p.Id == id),
            await db.PurchaseOrders.AsNoTracking().SingleOrDefaultAsync(o => o.PurchaseRequestId == id)
        );

    private async Task AssertColumnsAsync(Guid id, string step, PurchaseStatus status)
    {
        await using var scope = app.Scope(out var db);
        var (r, order) = await ReadAsync(db, id);
        Assert.True(status == r.Status, $"{step}: the purchase is {r.Status}, expected {status}");
        Assert.True(
            Expected(r, order) == Stored(r),
            $"{step}: stored {Stored(r)}, the domain says {Expected(r, order)}"
        );
    }

    private Form Quote(Guid supplier, string price) =>
        new Form()
            .Set("Input.SupplierId", supplier.ToString())
            .Set("Input.Price", price)
            .Set("Input.ReceivedOn.Day", app.Today.Day.ToString())
            .Set("Input.ReceivedOn.Month", app.Today.Month.ToString())
            .Set("Input.ReceivedOn.Year", app.Today.Year.ToString())
            .Set("Input.Scores[Quality]", "4")
            .Set("Input.Scores[Sustainability]", "3")
            .Set("Input.Scores[SocialValue]", "4");

    [Fact]
    public async Task StoredColumns_EqualTheDomain_AfterEveryChangeThroughThePages()
    {
        Guid head,
            shed,
            mobility;
        await using (var scope = app.Scope(out var db))
        {
            head = (await db.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP")).Id;
            shed = (await db.Suppliers.SingleAsync(s => s.Name == DemoPurchasing.UnfamiliarCharity)).Id;
            mobility = (await db.Suppliers.SingleAsync(s => s.Name == DemoPurchasing.PreferredEquipment)).Id;
        }
        var purchaser = await app.SignedInAs(Role.Purchaser);
        var id = await PurchaseSteps.StartAsync(purchaser);
        await AssertColumnsAsync(id, "started", PurchaseStatus.Draft);
        await PurchaseSteps.PlanAsync(purchaser, id, head, value: "1800");
        await AssertColumnsAsync(id, "planned", PurchaseStatus.Draft);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await purchaser.PostPurchaseAsync($"/purchasing/{id}/check", new Form())).StatusCode
        );
        await AssertColumnsAsync(id, "submitted", PurchaseStatus.Submitted);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/quotes",
                    Quote(shed, "1,500"),
                    $"/purchasing/{id}/quotes?handler=Add"
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/quotes",
                    Quote(mobility, "1,800"),
                    $"/purchasing/{id}/quotes?handler=Add"
                )
            ).StatusCode
        );
        await AssertColumnsAsync(id, "quoted", PurchaseStatus.Submitted);
        var choose = (await purchaser.GetDocumentAsync($"/purchasing/{id}/quotes"))
            .QuerySelectorAll("form[action*='handler=Choose']")
            .First()
            .GetAttribute("action")!;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await purchaser.PostPurchaseAsync($"/purchasing/{id}/quotes", new Form(), choose)).StatusCode
        );
        await AssertColumnsAsync(id, "chosen", PurchaseStatus.Submitted);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                new { Id = (Guid?)shed, Name = (string?)DemoPurchasing.UnfamiliarCharity },
                await db
                    .PurchaseRequests.Where(p => p.Id == id)
                    .Select(p => new { Id = p.ChosenSupplierId, Name = p.ChosenSupplierName })
                    .SingleAsync()
            );

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/advice",
                    new Form().Set("Question", "Do we know this charity?"),
                    $"/purchasing/{id}/advice?handler=Ask"
                )
            ).StatusCode
        );
        await AssertColumnsAsync(id, "advice asked", PurchaseStatus.Submitted);
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);
        var answer = (await specialist.GetDocumentAsync($"/purchasing/{id}/advice"))
            .QuerySelector("form[action*='handler=Answer']")!
            .GetAttribute("action")!;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await specialist.PostFormAsync(
                    $"/purchasing/{id}/advice",
                    new Form().Set("Answer", "Yes: a reliable local charity"),
                    answer
                )
            ).StatusCode
        );
        await AssertColumnsAsync(id, "advice answered", PurchaseStatus.Submitted);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/approval",
                    new Form(),
                    $"/purchasing/{id}/approval?handler=Send"
                )
            ).StatusCode
        );
        await AssertColumnsAsync(id, "approved", PurchaseStatus.Approved);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/order",
                    new Form(),
                    $"/purchasing/{id}/order?handler=Issue"
                )
            ).StatusCode
        );
        await AssertColumnsAsync(id, "ordered", PurchaseStatus.Ordered);
        // Ordered, not yet received: spend is the estimate including VAT.
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                new { Compliant = (bool?)true, Spend = (decimal?)1_800m },
                await db
                    .PurchaseRequests.Where(p => p.Id == id)
                    .Select(p => new { p.Compliant, Spend = p.CommittedSpend })
                    .SingleAsync()
            );

        var today = app.Today;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/order",
                    new Form()
                        .Set("Input.ReceivedOn.Day", today.Day.ToString())
                        .Set("Input.ReceivedOn.Month", today.Month.ToString())
                        .Set("Input.ReceivedOn.Year", today.Year.ToString())
                        .Set("Input.ActualCost", "1,612.50")
                        .Set("Input.QualityRating", "4")
                        .Set("Input.QualityNote", "As described"),
                    $"/purchasing/{id}/order?handler=Receive"
                )
            ).StatusCode
        );
        await AssertColumnsAsync(id, "received", PurchaseStatus.Received);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                1_612.50m,
                await db.PurchaseRequests.Where(p => p.Id == id).Select(p => p.CommittedSpend).SingleAsync()
            );

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await purchaser.PostPurchaseAsync(
                    $"/purchasing/{id}/evaluation",
                    new Form()
                        .Set("Input.EffectivenessRating", "4")
                        .Set("Input.ValueForMoney", "Good")
                        .Set("Input.Benefits", "Both people went home sooner")
                        .With("Input.Share", "yes")
                )
            ).StatusCode
        );
        await AssertColumnsAsync(id, "evaluated", PurchaseStatus.Evaluated);
    }

    [Fact]
    public async Task StoredColumns_EqualTheDomain_AfterChangesThroughTheApi()
    {
        Guid head;
        await using (var scope = app.Scope(out var db))
            head = (await db.BudgetHeads.SingleAsync(h => h.Code == "ASC-OP")).Id;
        var purchaser = await app.ApiClientAs(Role.Purchaser);
        var created = await purchaser.PostJsonAsync(
            "/api/v1/purchases",
            """{"description": "Grab rails", "estimatedValue": 4166.67, "includesVat": false}"""
        );
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        await AssertColumnsAsync(id, "created", PurchaseStatus.Draft);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                500_000L,
                await db.PurchaseRequests.Where(p => p.Id == id).Select(p => p.EstimatedPenceIncludingVat).SingleAsync()
            ); // £5,000.004

        var version = (await purchaser.GetJsonAsync($"/api/v1/purchases/{id}")).GetProperty("version").GetInt32();
        var updated = await purchaser.PutJsonAsync(
            $"/api/v1/purchases/{id}",
            $$"""
            {"description": "Grab rails", "category": "33192000-2", "quantity": 20, "unit": "rails",
             "dateNeeded": "{{app.Today.AddMonths(2):yyyy-MM-dd}}", "outcomeSupported": "Safe at home",
             "budgetHeadId": "{{head}}", "othersBuyingSame": "None found", "estimatedValue": 4166.66, "includesVat": false,
             "wholeLife": {"purchasePrice": 4166.66, "lifeYears": 5},
             "weights": {"wholeLifeCost": 40, "quality": 40, "sustainability": 10, "socialValue": 10}, "costScoring": "Lowest",
             "processMeasures": [{"kind": "RuleCompliance", "target": 1}], "version": {{version}}}
            """
        );
        Assert.True(updated.StatusCode == HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        await AssertColumnsAsync(id, "updated", PurchaseStatus.Draft);
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                499_999L,
                await db.PurchaseRequests.Where(p => p.Id == id).Select(p => p.EstimatedPenceIncludingVat).SingleAsync()
            ); // £4,999.992

        var submitted = await purchaser.PostJsonAsync(
            $"/api/v1/purchases/{id}/submit",
            $$"""{"version": {{version + 1}}}"""
        );
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        await AssertColumnsAsync(id, "submitted", PurchaseStatus.Submitted);
    }

    /// <summary>
    /// A varied set: every status that matters, values either side of each band's edge with and without VAT, three
    /// suppliers, the ways a purchase fails the rules (self-approved departure, short of quotes, unanswered advice,
    /// another supplier ordered).
    /// </summary>
    private IEnumerable<Spec> VariedSet(PurchaseData d, string marker, DateTimeOffset t0)
    {
        var threshold = PurchaseList.Threshold(app.Today);
        (decimal Value, bool Vat)[] values =
        [
            (4_999.99m, true),
            (5_000m, true),
            (4_166.66m, false),
            (4_166.67m, false),
            (24_999.99m, true),
            (25_000m, true),
            (20_833.33m, false),
            (20_833.34m, false),
            (threshold - 0.01m, true),
            (threshold, true),
            (threshold / 1.2m, false),
            (600m, false),
        ];
        var suppliers = new[] { d.Mobility, d.Beds, d.Shed };
        var statuses = new[]
        {
            PurchaseStatus.Draft,
            PurchaseStatus.Submitted,
            PurchaseStatus.Approved,
            PurchaseStatus.Ordered,
            PurchaseStatus.Received,
            PurchaseStatus.Evaluated,
            PurchaseStatus.Cancelled,
        };
        var categories = new[] { "33192000-2", "33196200-2", "85311100-3", "33100000-1" };
        for (var i = 0; i < 48; i++)
        {
            var status = statuses[i % statuses.Length];
            var (value, vat) = values[i % values.Length];
            var ordered = status is PurchaseStatus.Ordered or PurchaseStatus.Received or PurchaseStatus.Evaluated;
            var quotes =
                status == PurchaseStatus.Draft
                    ? []
                    : suppliers.Skip(i % 3).Concat(suppliers.Take(i % 3)).Take(1 + i % 3).ToArray();
            yield return new Spec($"{marker} {(i % 4 == 0 ? "care home" : "day centre")} item {i:00}")
            {
                Category = categories[i % categories.Length],
                Value = value,
                IncludesVat = vat,
                Status = status,
                Recommended = i % 5 == 0 ? PurchaseRoute.WrittenQuotes : PurchaseRoute.SingleQuote,
                Chosen =
                    i % 5 == 0 && i % 2 == 0 ? PurchaseRoute.SingleQuote
                    : i % 5 == 0 ? PurchaseRoute.WrittenQuotes
                    : PurchaseRoute.SingleQuote,
                QuotesRequired = i % 5 == 0 ? 3 : 1,
                QuotesFrom = quotes,
                DepartureReason = i % 10 == 0 ? "Only one supplier" : null,
                ApprovedBy =
                    status is PurchaseStatus.Draft or PurchaseStatus.Submitted or PurchaseStatus.Cancelled ? null
                    : i % 7 == 3 ? d.Purchaser
                    : d.DecisionMaker,
                Ordered = ordered,
                OrderSupplier = ordered && i % 11 == 4 ? suppliers[(i + 1) % 3] : null,
                ActualCost = status is PurchaseStatus.Received or PurchaseStatus.Evaluated ? value + i : null,
                AdviceAskedNotAnswered = i % 9 == 5,
                CreatedAt = t0.AddMinutes(i),
            };
        }
    }

    [Fact]
    public async Task EveryFilter_GivesWhatTheDomainSays()
    {
        var marker = "dom" + Guid.NewGuid().ToString("N")[..6];
        var d = await LoadAsync(app);
        var ids = (await d.AddAsync(VariedSet(d, marker, app.Clock.GetUtcNow().AddDays(-20)))).ToHashSet();
        var today = app.Today;
        await using var scope = app.Scope(out var db);
        var requests = await db
            .PurchaseRequests.AsNoTracking()
            .Include(p => p.Quotes)
            .Include(p => p.Advice)
            .AsSplitQuery()
            .Where(p => ids.Contains(p.Id))
            .ToListAsync();
        var orders = await db
            .PurchaseOrders.AsNoTracking()
            .Where(o => ids.Contains(o.PurchaseRequestId))
            .ToDictionaryAsync(o => o.PurchaseRequestId);
        var threshold = PurchaseList.Threshold(today);

        bool InBand(PurchaseRequest r, ValueBand band) =>
            band switch
            {
                ValueBand.Under5000 => r.EstimatedValueIncludingVat < PurchaseList.LowerBand,
                ValueBand.From5000To25000 => r.EstimatedValueIncludingVat >= PurchaseList.LowerBand
                    && r.EstimatedValueIncludingVat < PurchaseList.MiddleBand,
                ValueBand.From25000ToThreshold => r.EstimatedValueIncludingVat >= PurchaseList.MiddleBand
                    && r.EstimatedValueIncludingVat < threshold,
                _ => r.EstimatedValueIncludingVat >= threshold,
            };
        ComplianceFilter ComplianceOf(PurchaseRequest r) =>
            PurchasingCompliance.Outcome(r, orders.GetValueOrDefault(r.Id)) switch
            {
                true => ComplianceFilter.Compliant,
                false => ComplianceFilter.NotCompliant,
                null => ComplianceFilter.NotYetKnown,
            };

        var cases = new List<(PurchaseFilter Filter, Func<PurchaseRequest, bool> Domain)>
        {
            (new(), _ => true),
            (new(Search: "care home"), r => r.Description.Contains("care home")),
        };
        cases.AddRange(
            Enum.GetValues<PurchaseStatus>()
                .Select(s => (new PurchaseFilter(Status: s), (Func<PurchaseRequest, bool>)(r => r.Status == s)))
        );
        cases.AddRange(
            Enum.GetValues<PurchaseRoute>()
                .Select(x => (new PurchaseFilter(Route: x), (Func<PurchaseRequest, bool>)(r => r.ChosenRoute == x)))
        );
        cases.AddRange(
            new[] { "33190000-8", "33196200-2", "85000000-9", "33100000-1" }.Select(c =>
                (
                    new PurchaseFilter(Category: c),
                    (Func<PurchaseRequest, bool>)(r => r.Category.StartsWith(CpvCode.Root(c), StringComparison.Ordinal))
                )
            )
        );
        cases.AddRange(
            new[] { d.Mobility, d.Beds, d.Shed }.Select(s =>
                (new PurchaseFilter(SupplierId: s), (Func<PurchaseRequest, bool>)(r => r.ChosenQuote?.SupplierId == s))
            )
        );
        cases.AddRange(
            new[] { "fellgate", "MOBILITY", "men's shed", "nobody" }.Select(n =>
                (
                    new PurchaseFilter(SupplierName: n),
                    (Func<PurchaseRequest, bool>)(
                        r => r.ChosenQuote?.SupplierName.Contains(n, StringComparison.OrdinalIgnoreCase) == true
                    )
                )
            )
        );
        cases.AddRange(
            Enum.GetValues<ValueBand>()
                .Select(b => (new PurchaseFilter(Band: b), (Func<PurchaseRequest, bool>)(r => InBand(r, b))))
        );
        cases.AddRange(
            Enum.GetValues<ComplianceFilter>()
                .Select(c =>
                    (new PurchaseFilter(Compliance: c), (Func<PurchaseRequest, bool>)(r => ComplianceOf(r) == c))
                )
        );
        cases.Add(
            (new(Search: "care home", SupplierName: "northshire"), r =>
                r.Description.Contains("care home") && r.ChosenQuote?.SupplierName.Contains("Northshire") == true
            )
        );
        cases.Add(
            (new(Status: PurchaseStatus.Evaluated, Compliance: ComplianceFilter.Compliant), r =>
                r.Status == PurchaseStatus.Evaluated && ComplianceOf(r) == ComplianceFilter.Compliant
            )
        );
        cases.Add(
            (new(Category: "33190000-8", Band: ValueBand.From5000To25000), r =>
                r.Category.StartsWith("3319", StringComparison.Ordinal) && InBand(r, ValueBand.From5000To25000)
            )
        );

        foreach (var (filter, domain) in cases)
        {
            var listed = await (await filter.QueryAsync(db, [d.Council], today))
                .Where(r => ids.Contains(r.Id))
                .Select(r => r.Id)
                .ToListAsync();
            var expected = requests.Where(domain).OrderByDescending(r => r.CreatedAt).Select(r => r.Id).ToList();
            Assert.True(
                expected.SequenceEqual(listed),
                $"{filter}: the domain gives {expected.Count} purchases, the list {listed.Count}"
            );
        }
        // The set covers each compliance outcome and each band, so no case passes for want of rows.
        Assert.All(Enum.GetValues<ComplianceFilter>(), c => Assert.Contains(requests, r => ComplianceOf(r) == c));
        Assert.All(Enum.GetValues<ValueBand>(), b => Assert.Contains(requests, r => InBand(r, b)));
    }

    [Fact]
    public async Task Backfill_FillsRequestsSavedBeforeTheColumns_FromTheDomain()
    {
        var marker = "fill" + Guid.NewGuid().ToString("N")[..6];
        var d = await LoadAsync(app);
        var ids = (await d.AddAsync(VariedSet(d, marker, app.Clock.GetUtcNow().AddDays(-40)))).ToList();
        await using var scope = app.Scope(out var db);
        // As the migration leaves rows that existed before it.
        await db
            .PurchaseRequests.Where(p => ids.Contains(p.Id))
            .ExecuteUpdateAsync(u =>
                u.SetProperty(p => p.ChosenSupplierId, (Guid?)null)
                    .SetProperty(p => p.ChosenSupplierName, (string?)null)
                    .SetProperty(p => p.OrderNumber, (string?)null)
                    .SetProperty(p => p.Compliant, (bool?)null)
                    .SetProperty(p => p.EstimatedPenceIncludingVat, PurchaseListColumns.NotYetWorkedOut)
                    .SetProperty(p => p.CommittedSpend, (decimal?)null)
            );
        var versions = await db
            .PurchaseRequests.Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Version);

        Assert.True(await PurchaseListColumns.BackfillAsync(db) >= ids.Count);
        Assert.Equal(0, await PurchaseListColumns.BackfillAsync(db));
        foreach (var id in ids)
        {
            var (r, order) = await ReadAsync(db, id);
            Assert.Equal(Expected(r, order), Stored(r));
            Assert.Equal(versions[id], r.Version);
        }
    }
}
