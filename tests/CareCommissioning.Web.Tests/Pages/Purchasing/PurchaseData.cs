using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

/// <summary>
/// Purchases arranged directly in the database for the list, dashboard and API tests, at any stage, so each test can
/// hold a small known set. Descriptions carry a marker unique to the test so tests sharing one database do not see each
/// other's rows.
/// </summary>
public sealed class PurchaseData(AppFactory app)
{
    public Guid Council { get; private set; }
    public Guid Icb { get; private set; }
    public string Purchaser { get; private set; } = "";
    public string Partner { get; private set; } = "";
    public string DecisionMaker { get; private set; } = "";
    public Guid Mobility { get; private set; }
    public Guid Beds { get; private set; }
    public Guid Shed { get; private set; }

    public static async Task<PurchaseData> LoadAsync(AppFactory app)
    {
        var d = new PurchaseData(app);
        await using var scope = app.Scope(out var db);
        d.Council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync();
        d.Icb = await db.Organisations.Where(o => o.Name == DemoUsers.Icb).Select(o => o.Id).SingleAsync();
        async Task<string> UserId(Role role) =>
            await db.Users.Where(u => u.Email == DemoUsers.For(role).Email).Select(u => u.Id).SingleAsync();
        d.Purchaser = await UserId(Role.Purchaser);
        d.Partner = await UserId(Role.CommissioningPartner);
        d.DecisionMaker = await UserId(Role.DecisionMaker);
        d.Mobility = await db
            .Suppliers.Where(s => s.Name == DemoPurchasing.PreferredEquipment)
            .Select(s => s.Id)
            .SingleAsync();
        d.Beds = await db
            .Suppliers.Where(s => s.Name == "Fellgate Beds and Care Furniture")
            .Select(s => s.Id)
            .SingleAsync();
        d.Shed = await db
            .Suppliers.Where(s => s.Name == DemoPurchasing.UnfamiliarCharity)
            .Select(s => s.Id)
            .SingleAsync();
        return d;
    }

    /// <summary>What one arranged purchase should be.</summary>
    public sealed record Spec(string Description)
    {
        public Guid? Organisation { get; init; }
        public string? RequestedBy { get; init; }
        public string Category { get; init; } = "33192000-2";
        public decimal Value { get; init; } = 1_000m;
        public bool IncludesVat { get; init; } = true;
        public PurchaseStatus Status { get; init; } = PurchaseStatus.Draft;
        public PurchaseRoute? Recommended { get; init; } = PurchaseRoute.SingleQuote;
        public PurchaseRoute? Chosen { get; init; } = PurchaseRoute.SingleQuote;
        public int? QuotesRequired { get; init; } = 1;

        /// <summary>Quotes from these suppliers; the first is chosen.</summary>
        public Guid[] QuotesFrom { get; init; } = [];
        public string? DepartureReason { get; init; }

        /// <summary>Who approved: null for nobody, or a user id (the requester's own id makes a
        /// self-approval).</summary>
        public string? ApprovedBy { get; init; }
        public bool Ordered { get; init; }

        /// <summary>The order's supplier when it differs from the chosen quote's.</summary>
        public Guid? OrderSupplier { get; init; }
        public decimal? ActualCost { get; init; }
        public ValueForMoneyJudgement? ValueForMoney { get; init; }
        public bool AdviceAskedNotAnswered { get; init; }
        public DateTimeOffset? CreatedAt { get; init; }
    }

    public async Task<Guid> AddAsync(Spec s)
    {
        await using var scope = app.Scope(out var db);
        var id = Add(db, s);
        await db.SaveChangesAsync();
        return id;
    }

    public async Task<IReadOnlyList<Guid>> AddAsync(IEnumerable<Spec> specs)
    {
        await using var scope = app.Scope(out var db);
        var ids = specs.Select(s => Add(db, s)).ToList();
        await db.SaveChangesAsync();
        return ids;
    }

    private Guid Add(AppDbContext db, Spec s)
    {
        var now = s.CreatedAt ?? app.Clock.GetUtcNow();
        var requester = s.RequestedBy ?? Purchaser;
        var r = new PurchaseRequest
        {
            OrganisationId = s.Organisation ?? Council,
            RequestedByUserId = requester,
            Description = s.Description,
            Category = s.Category,
            Quantity = 1,
            EstimatedValue = s.Value,
            IncludesVat = s.IncludesVat,
            Status = s.Status,
            RecommendedRoute = s.Recommended,
            ChosenRoute = s.Chosen,
            QuotesRequired = s.QuotesRequired,
            RuleSetVersion = s.Recommended is null ? null : 1,
            DepartureReason = s.DepartureReason,
            WholeLife = new WholeLifeCostInputs { PurchasePrice = s.Value, LifeYears = 1 },
            CreatedAt = now,
            UpdatedAt = now,
            SubmittedAt = s.Status == PurchaseStatus.Draft ? null : now,
        };
        var supplierNames = db.Suppliers.Where(x => s.QuotesFrom.Contains(x.Id)).ToDictionary(x => x.Id, x => x.Name);
        foreach (var supplier in s.QuotesFrom)
            r.Quotes.Add(
                new PurchaseQuote
                {
                    PurchaseRequestId = r.Id,
                    SupplierId = supplier,
                    SupplierName = supplierNames[supplier],
                    Price = s.Value,
                    ReceivedOn = DateOnly.FromDateTime(now.UtcDateTime),
                }
            );
        r.ChosenQuoteId = r.Quotes.FirstOrDefault()?.Id;
        if (s.ApprovedBy is { } approver)
        {
            r.Decision = PurchaseDecision.Approved;
            r.ApproverUserId = approver;
            r.DecidedAt = now;
        }
        if (s.AdviceAskedNotAnswered)
            r.Advice.Add(
                new PurchaseAdvice
                {
                    PurchaseRequestId = r.Id,
                    AskedByUserId = requester,
                    Question = "Is this supplier sound?",
                    AskedAt = now,
                }
            );
        db.PurchaseRequests.Add(r);
        if (s.Ordered)
        {
            db.PurchaseOrders.Add(
                new PurchaseOrder
                {
                    OrganisationId = r.OrganisationId,
                    PurchaseRequestId = r.Id,
                    Number = "PO-T-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
                    IssuedOn = DateOnly.FromDateTime(now.UtcDateTime),
                    IssuedByUserId = requester,
                    SupplierId = s.OrderSupplier ?? s.QuotesFrom[0],
                    QuoteId = r.ChosenQuoteId,
                    Amount = s.Value,
                    ActualCost = s.ActualCost,
                    ReceivedOn = s.ActualCost is null ? null : DateOnly.FromDateTime(now.UtcDateTime),
                }
            );
        }
        if (s.ValueForMoney is { } vfm)
            db.PurchaseEvaluations.Add(
                new PurchaseEvaluation
                {
                    PurchaseRequestId = r.Id,
                    EvaluatedByUserId = requester,
                    EvaluatedOn = DateOnly.FromDateTime(now.UtcDateTime),
                    EffectivenessRating = 4,
                    RequesterSatisfaction = 4,
                    ValueForMoney = vfm,
                    Benefits = "People were discharged home sooner",
                }
            );
        return r.Id;
    }

    /// <summary>The ids of the purchases a list page links to, in order.</summary>
    public static IReadOnlyList<Guid> LinkedIds(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("main table tbody a.govuk-link")
            .Select(a => a.GetAttribute("href")!)
            .Where(h =>
                h.StartsWith("/purchasing/", StringComparison.Ordinal)
                && Guid.TryParse(h["/purchasing/".Length..], out _)
            )
            .Select(h => Guid.Parse(h["/purchasing/".Length..]))
            .ToList();
}
