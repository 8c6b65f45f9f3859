using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareCommissioning.Web.Tests.Pages.Purchasing.PurchaseData;
using CareCommissioning.Web.Pages.Purchasing;
using CareCommissioning.Web.Pages.Purchasing.Api;
using CareCommissioning.Web.Pages.Purchasing.Evaluate;
using CareCommissioning.Web.Pages.Purchasing.Lists;
using CareCommissioning.Web.Pages.Purchasing.Make;
using CareCommissioning.Web.Pages.Purchasing.Plan;
using CareCommissioning.Web.Pages.Purchasing.Rules;
using CareCommissioning.Web.Pages.Purchasing.Stop;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

/// <summary>
/// The purchasing dashboard on a small known set of the council's purchases (the demo data has none, and this class has its own
/// database): the figures by hand, and the same figures from <see cref="PurchasingCompliance.Summarise"/>.
/// </summary>
public sealed class DashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task KnownSetAsync(PurchaseData d)
    {
        await d.AddAsync(
        [
            new Spec("Walking frames, still a draft") { Value = 1_000m },
            new Spec("Profiling beds") { Category = "33196200-2", Value = 10_000m, Status = PurchaseStatus.Ordered, Recommended = PurchaseRoute.WrittenQuotes,
                Chosen = PurchaseRoute.WrittenQuotes, QuotesRequired = 3, QuotesFrom = [d.Mobility, d.Beds, d.Shed], ApprovedBy = d.DecisionMaker, Ordered = true },
            new Spec("Hoists, self-approved on a less formal route") { Value = 8_000m, IncludesVat = false, Status = PurchaseStatus.Received,
                Recommended = PurchaseRoute.WrittenQuotes, QuotesRequired = 3, QuotesFrom = [d.Beds], DepartureReason = "Only one supplier", ApprovedBy = d.Purchaser,
                Ordered = true, ActualCost = 9_500m, ValueForMoney = ValueForMoneyJudgement.Good },
            new Spec("Home care hours") { Category = "85311100-3", Value = 50_000m, Status = PurchaseStatus.Submitted, Recommended = PurchaseRoute.RequestForQuotation,
                Chosen = PurchaseRoute.RequestForQuotation, QuotesRequired = 3, QuotesFrom = [d.Shed] },
            new Spec("Men's shed sessions") { Category = "85311100-3", Value = 2_400m, Status = PurchaseStatus.Evaluated, QuotesFrom = [d.Shed], ApprovedBy = d.DecisionMaker,
                Ordered = true, ActualCost = 2_000m, ValueForMoney = ValueForMoneyJudgement.Poor },
            new Spec("Cancelled commodes") { Status = PurchaseStatus.Cancelled },
            new Spec("Bath lifts") { Value = 3_000m, Status = PurchaseStatus.Ordered, QuotesFrom = [d.Mobility], ApprovedBy = d.DecisionMaker, Ordered = true },
        ]);
    }

    [Fact]
    [Trait("Criterion", "PU-P4")]
    [Trait("Criterion", "PU-P13")]
    [Trait("Criterion", "PU-P14")]
    [Trait("Criterion", "PU-P16")]
    public async Task Dashboard_ShowsTheFiguresOfAKnownSet_AsSummariseWorksThemOut()
    {
        var d = await LoadAsync(app);
        await KnownSetAsync(d);
        var specialist = await app.SignedInAs(Role.ProcurementSpecialist);
        var page = await specialist.GetDocumentAsync("/purchasing/dashboard");

        string Figure(string name) => page.QuerySelector($"[data-figure={name}]")!.TextContent.Trim();
        Assert.Equal("7", Figure("purchases"));
        Assert.Equal("4", Figure("assessed"));
        Assert.Equal("75%", Figure("compliance-rate"));

        IReadOnlyList<string> Table(string caption) => page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith(caption))
            .QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["Single quote | 3", "Written quotes | 1", "Published request for quotation | 1", "Formal tender | 0"], Table("Purchases by procurement route"));
        Assert.Equal(2, Table("Spend by CPV division").Count);
        Assert.StartsWith("33 ", Table("Spend by CPV division")[0]);
        Assert.EndsWith("| £22,500.00", Table("Spend by CPV division")[0]);
        Assert.StartsWith("85 ", Table("Spend by CPV division")[1]);
        Assert.EndsWith("| £2,000.00", Table("Spend by CPV division")[1]);
        Assert.Equal(["Northshire Mobility Ltd | £13,000.00", "Fellgate Beds and Care Furniture | £9,500.00", "Dalebridge Men's Shed | £2,000.00"], Table("Spend by supplier"));
        Assert.Equal(["Good | 1", "Acceptable | 0", "Poor | 1"], Table("Evaluations by value-for-money judgement"));

        // Each chart carries a title and a description for assistive technology, beside its table.
        foreach (var id in new[] { "routes-chart", "divisions-chart", "suppliers-chart", "vfm-chart" })
        {
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"svg #{id}-title")?.TextContent), id);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"svg #{id}-desc")?.TextContent), id);
        }

        // The aggregate queries agree with the domain's definition over the same purchases.
        await using var scope = app.Scope(out var db);
        var requests = await db.PurchaseRequests.Include(p => p.Quotes).Include(p => p.Advice).Where(p => p.OrganisationId == d.Council).ToListAsync();
        var orders = await db.PurchaseOrders.Where(o => o.OrganisationId == d.Council).ToDictionaryAsync(o => o.PurchaseRequestId);
        var evaluations = await db.PurchaseEvaluations.ToDictionaryAsync(e => e.PurchaseRequestId);
        var summaries = requests.Select(r =>
        {
            var order = orders.GetValueOrDefault(r.Id);
            return new Domain.Purchasing.PurchaseSummary(r.Id, r.Status, r.ChosenRoute, r.Category, r.ChosenQuote?.SupplierId, r.ChosenQuote?.SupplierName, r.EstimatedValueIncludingVat,
                order?.ActualCost, PurchaseList.Ordered.Contains(r.Status) ? PurchaseMeasures.Compliance(r, order, r.Advice.Count > 0).Compliant : null,
                evaluations.GetValueOrDefault(r.Id)?.ValueForMoney);
        }).ToList();
        var expected = PurchasingCompliance.Summarise(summaries);
        var actual = await PurchasingDashboardQuery.ReadAsync(db, [d.Council]);
        Assert.Equal(expected.Purchases, actual.Purchases);
        Assert.Equal(expected.Assessed, actual.Assessed);
        Assert.Equal(expected.ComplianceRate, actual.ComplianceRate);
        Assert.Equal(expected.RoutesUsed.OrderBy(x => x.Key), actual.RoutesUsed.OrderBy(x => x.Key));
        Assert.Equal(expected.SpendByDivision.OrderBy(x => x.Key), actual.SpendByDivision.OrderBy(x => x.Key));
        Assert.Equal(expected.SpendBySupplier.OrderBy(x => x.Key), actual.SpendBySupplier.OrderBy(x => x.Key));
        Assert.Equal(expected.ValueForMoney.OrderBy(x => x.Key), actual.ValueForMoney.OrderBy(x => x.Key));
    }

    [Fact]
    public async Task Dashboard_IsForSpecialistsAndAuditors_Only()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAs(Role.Auditor)).GetAsync("/purchasing/dashboard")).StatusCode);
        foreach (var role in new[] { Role.Purchaser, Role.Commissioner, Role.Provider })
        {
            var response = await (await app.SignedInAs(role)).GetAsync("/purchasing/dashboard");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
        }
    }
}
