using CareCommissioning.Domain.Common;

namespace CareCommissioning.Domain.Purchasing;

public enum PurchaseDecision { Approved = 1, Rejected = 2 }

/// <summary>
/// A purchase planned, made and evaluated by someone whose main job is not buying (PU-P1…P17). Holds the plan (what, why,
/// collaboration, value and whole-life cost, the rules applied and the route chosen, the selection and process criteria) and the
/// approval decision; quotes, advice, the order and the evaluation are their own entities. Rules live in
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
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public decimal EstimatedValueIncludingVat => RouteCalculator.IncludingVat(EstimatedValue, IncludesVat);

    public PurchaseQuote? ChosenQuote => Quotes.FirstOrDefault(q => q.Id == ChosenQuoteId);

    public bool DepartsFromRecommendation => ChosenRoute is not null && RecommendedRoute is not null && ChosenRoute != RecommendedRoute;

    /// <summary>What an approver commits to: the chosen quote's price, or the estimate including VAT before one is chosen.</summary>
    public decimal ValueToApprove => ChosenQuote?.Price ?? EstimatedValueIncludingVat;

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
