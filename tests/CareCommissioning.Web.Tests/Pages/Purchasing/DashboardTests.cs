using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Pages.Purchasing.Lists;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Pages.Suppliers;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

/// <summary>
/// The purchasing dashboard on a small known set of purchases of an organisation of the test's own, seen by its
/// procurement specialist: the figures by hand, and the same figures from <see cref="PurchasingCompliance.Summarise"/>.
/// </summary>
public sealed class DashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Seven purchases at every stage, from one purchaser, charged to one head, decided by one decision
    /// maker.</summary>
    private async Task KnownSetAsync(Guid org)
    {
        var purchaser = await new UserBuilder(app).Named("Gary Mills").WithRole(Role.Purchaser, org).SaveAsync();
        var decisionMaker = (await new UserBuilder(app).WithRole(Role.DecisionMaker, org).SaveAsync()).Id;
        var head = (await new BudgetHeadBuilder(app).In(org).SaveAsync()).Id;
        var mobility = (await new SupplierBuilder(app).In(org).Named(SupplierRegister.Mobility).SaveAsync()).Id;
        var beds = (await new SupplierBuilder(app).In(org).Named(SupplierRegister.Beds).SaveAsync()).Id;
        var shed = (
            await new SupplierBuilder(app).In(org).Named(SupplierRegister.Shed).AsCharity("1187654").SaveAsync()
        ).Id;
        PurchaseRequestBuilder Purchase(string description, string cpv = "33192000-2") =>
            new PurchaseRequestBuilder(app).RequestedBy(purchaser).ChargedTo(head).For(description, cpv);

        await Purchase("Walking frames, still a draft").Valued(1_000m).SaveAsync();
        // £10,000: written quotes, three of them, approved by someone else.
        await Purchase("Profiling beds", "33196200-2")
            .Valued(10_000m)
            .WithQuoteFrom(mobility)
            .WithQuoteFrom(beds)
            .WithQuoteFrom(shed)
            .ApprovedBy(decisionMaker)
            .InStatus(PurchaseStatus.Ordered)
            .SaveAsync();
        // £8,000 before VAT (£9,600) needs written quotes; one quote on a single-quote route, approved by the
        // requester: not compliant.
        await Purchase("Hoists, self-approved on a less formal route")
            .Valued(8_000m, includesVat: false)
            .Choosing(PurchaseRoute.SingleQuote, "Only one supplier")
            .WithQuoteFrom(beds, 8_000m)
            .ApprovedBy(purchaser.Id)
            .ActuallyCosting(9_500m)
            .JudgedValueForMoney(ValueForMoneyJudgement.Good)
            .InStatus(PurchaseStatus.Evaluated)
            .SaveAsync();
        await Purchase("Home care hours", "85311100-3")
            .Valued(50_000m)
            .WithQuoteFrom(shed)
            .InStatus(PurchaseStatus.Submitted)
            .SaveAsync();
        await Purchase("Men's shed sessions", "85311100-3")
            .Valued(2_400m)
            .WithQuoteFrom(shed)
            .ApprovedBy(decisionMaker)
            .ActuallyCosting(2_000m)
            .JudgedValueForMoney(ValueForMoneyJudgement.Poor)
            .InStatus(PurchaseStatus.Evaluated)
            .SaveAsync();
        await Purchase("Cancelled commodes").Valued(1_000m).InStatus(PurchaseStatus.Cancelled).SaveAsync();
        await Purchase("Bath lifts")
            .Valued(3_000m)
            .WithQuoteFrom(mobility)
            .ApprovedBy(decisionMaker)
            .InStatus(PurchaseStatus.Ordered)
            .SaveAsync();
    }

    [Fact]
    [Trait("Criterion", "PU-P13")]
    [Trait("Criterion", "PU-P14")]
    [Trait("Criterion", "PU-P16")]
    public async Task Dashboard_ShowsTheFiguresOfAKnownSet_AsSummariseWorksThemOut()
    {
        var org = (await new OrganisationBuilder(app).WithPurchasingRules().SaveAsync()).Id;
        await KnownSetAsync(org);
        var specialist = await app.SignedInAs(
            await new UserBuilder(app).WithRole(Role.ProcurementSpecialist, org).SaveAsync()
        );
        var page = await specialist.GetDocumentAsync("/purchasing/dashboard");

        string Figure(string name) => page.QuerySelector($"[data-figure={name}]")!.TextContent.Trim();
        Assert.Equal("7", Figure("purchases"));
        Assert.Equal("4", Figure("assessed"));
        Assert.Equal("75%", Figure("compliance-rate"));

        IReadOnlyList<string> Table(string caption) =>
            page.QuerySelectorAll("table")
                .Single(t => t.QuerySelector("caption")!.TextContent.StartsWith(caption))
                .QuerySelectorAll("tbody tr")
                .Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim())))
                .ToList();
        Assert.Equal(
            ["Single quote | 3", "Written quotes | 1", "Published request for quotation | 1", "Formal tender | 0"],
            Table("Purchases by procurement route")
        );
        Assert.Equal(2, Table("Spend by CPV division").Count);
        Assert.StartsWith("33 ", Table("Spend by CPV division")[0]);
        Assert.EndsWith("| £22,500.00", Table("Spend by CPV division")[0]);
        Assert.StartsWith("85 ", Table("Spend by CPV division")[1]);
        Assert.EndsWith("| £2,000.00", Table("Spend by CPV division")[1]);
        Assert.Equal(
            [
                "Northshire Mobility Ltd | £13,000.00",
                "Fellgate Beds and Care Furniture | £9,500.00",
                "Dalebridge Men's Shed | £2,000.00",
            ],
            Table("Spend by supplier")
        );
        Assert.Equal(["Good | 1", "Acceptable | 0", "Poor | 1"], Table("Evaluations by value-for-money judgement"));

        // Each chart carries a title and a description for assistive technology, beside its table.
        foreach (var id in new[] { "routes-chart", "divisions-chart", "suppliers-chart", "vfm-chart" })
        {
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"svg #{id}-title")?.TextContent), id);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"svg #{id}-desc")?.TextContent), id);
        }

        // The aggregate queries agree with the domain's definition over the same purchases.
        await using var scope = app.Scope(out var db);
        var requests = await db
            .PurchaseRequests.Include(p => p.Quotes)
            .Include(p => p.Advice)
            .Where(p => p.OrganisationId == org)
            .ToListAsync();
        var orders = await db
            .PurchaseOrders.Where(o => o.OrganisationId == org)
            .ToDictionaryAsync(o => o.PurchaseRequestId);
        var evaluations = await db.PurchaseEvaluations.ToDictionaryAsync(e => e.PurchaseRequestId);
        var summaries = requests
            .Select(r =>
            {
                var order = orders.GetValueOrDefault(r.Id);
                return new Domain.Purchasing.PurchaseSummary(
                    r.Id,
                    r.Status,
                    r.ChosenRoute,
                    r.Category,
                    r.ChosenQuote?.SupplierId,
                    r.ChosenQuote?.SupplierName,
                    r.EstimatedValueIncludingVat,
                    order?.ActualCost,
                    PurchaseList.Ordered.Contains(r.Status)
                        ? PurchaseMeasures.Compliance(r, order, r.Advice.Count > 0).Compliant
                        : null,
                    evaluations.GetValueOrDefault(r.Id)?.ValueForMoney
                );
            })
            .ToList();
        var expected = PurchasingCompliance.Summarise(summaries);
        var actual = await PurchasingDashboardQuery.ReadAsync(db, [org]);
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
        Assert.Equal(
            HttpStatusCode.OK,
            (await (await app.SignedInAs(Role.Auditor)).GetAsync("/purchasing/dashboard")).StatusCode
        );
        foreach (var role in new[] { Role.Purchaser, Role.Commissioner, Role.Provider })
        {
            var response = await (await app.SignedInAs(role)).GetAsync("/purchasing/dashboard");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
        }
    }
}
