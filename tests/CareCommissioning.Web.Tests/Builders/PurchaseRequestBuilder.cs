using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>
/// A purchase request in the status the test asks for, with what that status implies and no more: a complete plan with
/// its route worked out from the organisation's rules in force; the submission; a chosen quote from awaiting approval
/// on; the decision; the order (numbered as the app numbers them); its receipt; the evaluation; or the cancellation. By
/// default a draft for two profiling beds, £1,800 including VAT, asked for by a new purchaser in a new organisation
/// with the default purchasing rules. Whatever the test does not give (requester, budget head, a supplier to quote, an
/// approver) is made for it in the same organisation.
/// </summary>
public sealed class PurchaseRequestBuilder(AppFactory app)
{
    private Guid? _organisation;
    private string? _requester;
    private PurchaseStatus _status = PurchaseStatus.Draft;
    private string _description = "Two profiling beds with pressure-relieving mattresses";
    private string _category = "33192000-2";
    private decimal _value = 1_800m;
    private bool _includesVat = true;
    private Guid? _budgetHead;
    private (PurchaseRoute Route, string Reason)? _departure;
    private readonly List<(Guid Supplier, decimal? Price)> _quotes = [];
    private string? _approver;
    private decimal? _actualCost;
    private ValueForMoneyJudgement _valueForMoney = ValueForMoneyJudgement.Good;
    private DateTimeOffset? _createdAt;

    public PurchaseRequestBuilder In(Guid organisationId)
    {
        _organisation = organisationId;
        return this;
    }

    /// <summary>
    /// Asked for by <paramref name="user"/>, in their organisation unless <see cref="In"/> says otherwise.
    /// </summary>
    public PurchaseRequestBuilder RequestedBy(TestUser user)
    {
        _requester = user.Id;
        _organisation ??= user.OrganisationId;
        return this;
    }

    public PurchaseRequestBuilder RequestedBy(string userId)
    {
        _requester = userId;
        return this;
    }

    public PurchaseRequestBuilder For(string description, string cpvCode = "33192000-2")
    {
        _description = description;
        _category = cpvCode;
        return this;
    }

    public PurchaseRequestBuilder Valued(decimal value, bool includesVat = true)
    {
        _value = value;
        _includesVat = includesVat;
        return this;
    }

    public PurchaseRequestBuilder ChargedTo(Guid budgetHeadId)
    {
        _budgetHead = budgetHeadId;
        return this;
    }

    /// <summary>A route other than the one recommended, with the reason for departing from it.</summary>
    public PurchaseRequestBuilder Choosing(PurchaseRoute route, string departureReason)
    {
        _departure = (route, departureReason);
        return this;
    }

    /// <summary>
    /// A quote from <paramref name="supplierId"/> at the estimated value unless priced; the first quote is the one
    /// chosen.
    /// </summary>
    public PurchaseRequestBuilder WithQuoteFrom(Guid supplierId, decimal? price = null)
    {
        _quotes.Add((supplierId, price));
        return this;
    }

    public PurchaseRequestBuilder InStatus(PurchaseStatus status)
    {
        _status = status;
        return this;
    }

    public PurchaseRequestBuilder ApprovedBy(string userId)
    {
        _approver = userId;
        return this;
    }

    /// <summary>What it cost when received, when that differs from the order's amount.</summary>
    public PurchaseRequestBuilder ActuallyCosting(decimal actualCost)
    {
        _actualCost = actualCost;
        return this;
    }

    public PurchaseRequestBuilder JudgedValueForMoney(ValueForMoneyJudgement judgement)
    {
        _valueForMoney = judgement;
        return this;
    }

    public PurchaseRequestBuilder CreatedAt(DateTimeOffset createdAt)
    {
        _createdAt = createdAt;
        return this;
    }

    private bool AtLeast(PurchaseStatus status) => _status != PurchaseStatus.Cancelled && Rank(_status) >= Rank(status);

    // Rejected sits beside Approved, not after it; nothing later follows a rejection.
    private static int Rank(PurchaseStatus s) =>
        s switch
        {
            PurchaseStatus.Rejected => (int)PurchaseStatus.Approved,
            _ => (int)s,
        };

    private bool Decided => AtLeast(PurchaseStatus.Approved);

    private bool Ordered => _status is PurchaseStatus.Ordered or PurchaseStatus.Received or PurchaseStatus.Evaluated;

    public async Task<PurchaseRequest> SaveAsync()
    {
        var organisation = _organisation ?? (await new OrganisationBuilder(app).WithPurchasingRules().SaveAsync()).Id;
        var requester = _requester
            ?? (await new UserBuilder(app).Named("Gwyn Parry").WithRole(Role.Purchaser, organisation).SaveAsync()).Id;
        var budgetHead = _budgetHead ?? (await new BudgetHeadBuilder(app).In(organisation).SaveAsync()).Id;
        if (AtLeast(PurchaseStatus.AwaitingApproval) && _quotes.Count == 0)
            _quotes.Add(((await new SupplierBuilder(app).In(organisation).SaveAsync()).Id, null));
        var approver = _approver;
        if (Decided && approver is null)
            approver = (
                await new UserBuilder(app)
                    .Named("Margaret Okafor")
                    .WithRole(Role.DecisionMaker, organisation)
                    .SaveAsync()
            ).Id;

        var now = _createdAt ?? TestData.Now(app);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var scope = app.Scope(out var db);
        var r = new PurchaseRequest
        {
            OrganisationId = organisation,
            RequestedByUserId = requester,
            Description = _description,
            Category = _category,
            Quantity = 2,
            Unit = "beds",
            DateNeeded = today.AddMonths(2),
            OutcomeSupported = "Safe discharge home for two people in reablement",
            BudgetHeadId = budgetHead,
            OthersBuyingSame = "None found: asked the ICB equipment service",
            PeopleWhoUseServiceInvolved = true,
            HowPeopleAreInvolved = "Both people will try the beds first",
            EstimatedValue = _value,
            IncludesVat = _includesVat,
            WholeLife = new WholeLifeCostInputs
            {
                PurchasePrice = _value,
                MaintenanceCostPerYear = 100m,
                DisposalCost = 50m,
                LifeYears = 5,
            },
            Weights = new SupplierSelectionWeights
            {
                WholeLifeCost = 40,
                Quality = 40,
                Sustainability = 10,
                SocialValue = 10,
            },
            ProcessMeasures =
            [
                new ProcessMeasure { Kind = ProcessMeasureKind.DaysFromRequestToOrder, Target = 10 },
                new ProcessMeasure { Kind = ProcessMeasureKind.RuleCompliance, Target = 1 },
            ],
            CreatedAt = now,
            UpdatedAt = now,
        };
        await ApplyRouteAsync(db, r, today);
        if (_departure is { } departure)
        {
            r.ChosenRoute = departure.Route;
            r.DepartureReason = departure.Reason;
        }

        if (AtLeast(PurchaseStatus.Submitted))
            r.SubmittedAt = now;
        var quoted = _quotes.Select(q => q.Supplier).ToList();
        var names = await db.Suppliers.Where(s => quoted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name);
        foreach (var (supplier, price) in _quotes)
            r.Quotes.Add(
                new PurchaseQuote
                {
                    PurchaseRequestId = r.Id,
                    SupplierId = supplier,
                    SupplierName = names[supplier],
                    Price = price ?? r.EstimatedValueIncludingVat,
                    ReceivedOn = today,
                    Scores =
                    [
                        .. SupplierSelectionWeights.Scored.Select(c => new QuoteScore
                        {
                            Criterion = c,
                            Score = 3,
                            Evidence = "From the quote",
                        }),
                    ],
                }
            );
        if (AtLeast(PurchaseStatus.AwaitingApproval))
        {
            r.ChosenQuoteId = r.Quotes[0].Id;
            r.SelectionReasons = "The best-scoring quote";
        }
        if (Decided)
        {
            r.Decision = _status == PurchaseStatus.Rejected ? PurchaseDecision.Rejected : PurchaseDecision.Approved;
            r.DecisionReason = _status == PurchaseStatus.Rejected ? "Get a second quote first" : null;
            r.ApproverUserId = approver;
            r.DecidedAt = now;
        }
        if (_status == PurchaseStatus.Cancelled)
        {
            r.CancelledReason = "The person moved to a care home";
            r.CancelledByUserId = requester;
            r.CancelledAt = now;
        }
        r.Status = _status;
        db.PurchaseRequests.Add(r);

        if (Ordered)
        {
            var chosen = r.ChosenQuote!;
            var numbers = await db
                .PurchaseOrders.Where(o => o.OrganisationId == organisation)
                .Select(o => o.Number)
                .ToListAsync();
            var received = _status != PurchaseStatus.Ordered;
            db.PurchaseOrders.Add(
                new PurchaseOrder
                {
                    OrganisationId = organisation,
                    PurchaseRequestId = r.Id,
                    Number = OrderNumber.Next(numbers, today),
                    IssuedOn = today,
                    IssuedByUserId = requester,
                    SupplierId = chosen.SupplierId,
                    QuoteId = chosen.Id,
                    Amount = chosen.Price,
                    ReceivedOn = received ? today : null,
                    ActualCost = received ? _actualCost ?? chosen.Price : null,
                }
            );
        }
        if (_status == PurchaseStatus.Evaluated)
            db.PurchaseEvaluations.Add(
                new PurchaseEvaluation
                {
                    PurchaseRequestId = r.Id,
                    EvaluatedByUserId = requester,
                    EvaluatedOn = today,
                    EffectivenessRating = 4,
                    RequesterSatisfaction = 4,
                    ValueForMoney = _valueForMoney,
                    Benefits = "Both people went home from hospital on the day planned",
                }
            );
        await db.SaveChangesAsync();
        return r;
    }

    /// <summary>
    /// The organisation's rules in force (or the default rules when it has none), applied as the route page applies
    /// them.
    /// </summary>
    private static async Task ApplyRouteAsync(AppDbContext db, PurchaseRequest r, DateOnly today)
    {
        var versions = await db
            .PurchasingRuleSets.Include(s => s.Bands)
            .Include(s => s.ApprovalLimits)
            .Where(s => s.OrganisationId == r.OrganisationId)
            .ToListAsync();
        var rules = PurchasingRuleSet.InForce(versions, today);
        var type = await db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Type).SingleAsync();
        var request = new RouteRequest(
            PurchasingRules.AuthorityTypeOf(type),
            r.Category,
            r.EstimatedValue,
            r.IncludesVat,
            today,
            rules
        );
        r.ApplyRoute(RouteCalculator.Decide(request), rules);
    }
}
