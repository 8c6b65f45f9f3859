namespace CareCommissioning.Domain.Purchasing;

public enum PurchaseDecision
{
    Approved = 1,
    Rejected = 2,
}

/// <summary>
/// A purchase planned, made and evaluated by someone whose main job is not buying (PU-P1…P17). Holds the plan (what,
/// why, collaboration, value and whole-life cost, the rules applied and the route chosen, the selection and process
/// criteria) and the approval decision; quotes, advice, the order and the evaluation are their own entities. Rules live
/// in
/// <see cref="PurchaseRequestRules"/> and <see cref="PurchaseWorkflow"/>.
/// </summary>
public sealed class PurchaseRequest : IAudited, IVersioned, IOrganisationOwned
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string RequestedByUserId { get; set; }
    public PurchaseStatus Status { get; set; } = PurchaseStatus.Draft;

    // P1 what is needed
    public required string Description { get; set; }
    public string Category { get; set; } = "";
    public decimal Quantity { get; set; }

    /// <summary>e.g. "items", "hours", "places".</summary>
    public string? Unit { get; set; }
    public DateOnly? DateNeeded { get; set; }

    // P3 justification
    public string? OutcomeSupported { get; set; }
    public Guid? BudgetHeadId { get; set; }

    // P2 collaboration and co-production
    /// <summary>Other teams or partners buying the same, or what was found when asking.</summary>
    public string? OthersBuyingSame { get; set; }
    public bool PeopleWhoUseServiceInvolved { get; set; }
    public string? HowPeopleAreInvolved { get; set; }

    // Value and whole-life cost (P7)
    public decimal EstimatedValue { get; set; }
    public bool IncludesVat { get; set; }
    public WholeLifeCostInputs WholeLife { get; set; } = new();

    // P4, P6 the rules applied and the route chosen
    public Guid? RuleSetId { get; set; }
    public int? RuleSetVersion { get; set; }
    public PurchaseRoute? RecommendedRoute { get; set; }
    public int? QuotesRequired { get; set; }
    public bool LightTouch { get; set; }
    public string? RouteReason { get; set; }
    public PurchaseRoute? ChosenRoute { get; set; }

    /// <summary>Why the chosen route departs from the recommended one; a departure always needs approval.</summary>
    public string? DepartureReason { get; set; }

    // P7, P8 criteria
    public SupplierSelectionWeights Weights { get; set; } = new();

    /// <summary>How whole-life cost is turned into points: lowest or mean (METHODS §3.3).</summary>
    public PriceMethod CostScoring { get; set; } = PriceMethod.Lowest;
    public List<ProcessMeasure> ProcessMeasures { get; set; } = [];

    // P9–P11 making the purchase
    public List<PurchaseQuote> Quotes { get; set; } = [];
    public List<PurchaseAdvice> Advice { get; set; } = [];
    public Guid? ChosenQuoteId { get; set; }
    public string? SelectionReasons { get; set; }

    // Approval
    public string? ApproverUserId { get; set; }
    public PurchaseDecision? Decision { get; set; }
    public string? DecisionReason { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? CancelledReason { get; set; }

    /// <summary>Who cancelled it and when (the requester; see <see cref="PurchaseWorkflow.Cancel"/>).</summary>
    public string? CancelledByUserId { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    // Kept for the lists and the dashboard, so they filter and add up on columns of the request alone. Each is a copy
    // of what the quotes, advice, order and value say, worked out by RefreshListColumns whenever any of them changes;
    // never set by hand.
    /// <summary>The chosen quote's supplier, or null before a quote is chosen.</summary>
    public Guid? ChosenSupplierId { get; set; }

    /// <summary>The chosen quote's supplier name as the quote recorded it.</summary>
    public string? ChosenSupplierName { get; set; }

    /// <summary>The order's number once it is placed, so the list searches it without reading the orders.</summary>
    public string? OrderNumber { get; set; }

    /// <summary><see cref="PurchasingCompliance.Outcome"/>: null until the order is placed.</summary>
    public bool? Compliant { get; set; }

    /// <summary>The estimated value including VAT in whole pence, rounded down, so value bands compare integers on
    /// every database.</summary>
    public long EstimatedPenceIncludingVat { get; set; }

    /// <summary><see cref="PurchasingCompliance.SpendOf"/>: what the purchase counts in spend, null when it counts in
    /// none.</summary>
    public decimal? CommittedSpend { get; set; }

    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public decimal EstimatedValueIncludingVat => RouteCalculator.IncludingVat(EstimatedValue, IncludesVat);

    public PurchaseQuote? ChosenQuote => Quotes.FirstOrDefault(q => q.Id == ChosenQuoteId);

    public bool DepartsFromRecommendation =>
        ChosenRoute is not null && RecommendedRoute is not null && ChosenRoute != RecommendedRoute;

    /// <summary>What an approver commits to: the chosen quote's price, or the estimate including VAT before one is
    /// chosen.</summary>
    public decimal ValueToApprove => ChosenQuote?.Price ?? EstimatedValueIncludingVat;

    /// <summary>
    /// Works out the list columns (<see cref="ChosenSupplierId"/> to <see cref="CommittedSpend"/>) from the request
    /// with its quotes and advice loaded, and its order if one was placed.
    /// </summary>
    public void RefreshListColumns(PurchaseOrder? order)
    {
        var chosen = ChosenQuote;
        ChosenSupplierId = chosen?.SupplierId;
        ChosenSupplierName = chosen?.SupplierName;
        OrderNumber = order?.Number;
        Compliant = PurchasingCompliance.Outcome(this, order);
        EstimatedPenceIncludingVat = PurchasingCompliance.WholePence(EstimatedValueIncludingVat);
        CommittedSpend = PurchasingCompliance.SpendOf(Status, EstimatedValueIncludingVat, order?.ActualCost);
    }

    /// <summary>
    /// Works the route out again after the category or value changed: a chosen route that followed the old
    /// recommendation follows the new one, while a departure chosen on purpose is kept (and still needs its reason and
    /// approval); a reason for departing is dropped once the routes agree.
    /// </summary>
    public void RecalculateRoute(RouteDecision decision, PurchasingRuleSet? rules)
    {
        if (ChosenRoute == RecommendedRoute)
            ChosenRoute = null;
        ApplyRoute(decision, rules);
        if (!DepartsFromRecommendation)
            DepartureReason = null;
    }

    /// <summary>Records the route calculator's answer and the rule-set version applied (PU-P4).</summary>
    public void ApplyRoute(RouteDecision decision, PurchasingRuleSet? rules)
    {
        RuleSetId = rules?.Id;
        RuleSetVersion = rules?.VersionNumber ?? decision.RuleSetVersion;
        RecommendedRoute = decision.Route;
        QuotesRequired = decision.QuotesRequired;
        LightTouch = decision.LightTouch;
        RouteReason = decision.Reason;
        ChosenRoute ??= decision.Route;
    }
}
