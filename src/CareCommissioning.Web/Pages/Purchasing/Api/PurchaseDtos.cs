using System.ComponentModel.DataAnnotations;
using CareCommissioning.Web.Pages.Purchasing.Lists;

namespace CareCommissioning.Web.Pages.Purchasing.Api;

/// <summary>Whole-life cost inputs (METHODS §5): amounts in pounds, life in whole years.</summary>
public sealed record WholeLifeDto
{
    [Range(0, 1_000_000_000)]
    public decimal PurchasePrice { get; init; }

    [Range(0, 1_000_000_000)]
    public decimal DeliveryAndInstallation { get; init; }

    [Range(0, 1_000_000_000)]
    public decimal RunningCostPerYear { get; init; }

    [Range(0, 1_000_000_000)]
    public decimal MaintenanceCostPerYear { get; init; }

    [Range(0, 1_000_000_000)]
    public decimal DisposalCost { get; init; }

    [Range(1, WholeLifeCost.MaxLifeYears)]
    public required int LifeYears { get; init; }

    public WholeLifeCostInputs ToInputs() =>
        new()
        {
            PurchasePrice = PurchasePrice,
            DeliveryAndInstallation = DeliveryAndInstallation,
            RunningCostPerYear = RunningCostPerYear,
            MaintenanceCostPerYear = MaintenanceCostPerYear,
            DisposalCost = DisposalCost,
            LifeYears = LifeYears,
        };

    public static WholeLifeDto From(WholeLifeCostInputs w) =>
        new()
        {
            PurchasePrice = w.PurchasePrice,
            DeliveryAndInstallation = w.DeliveryAndInstallation,
            RunningCostPerYear = w.RunningCostPerYear,
            MaintenanceCostPerYear = w.MaintenanceCostPerYear,
            DisposalCost = w.DisposalCost,
            LifeYears = w.LifeYears,
        };
}

/// <summary>Weights of the criteria for choosing the supplier, each 0–100; they must total 100 before
/// submission.</summary>
public sealed record WeightsDto
{
    [Range(0, 100)]
    public int WholeLifeCost { get; init; }

    [Range(0, 100)]
    public int Quality { get; init; }

    [Range(0, 100)]
    public int Sustainability { get; init; }

    [Range(0, 100)]
    public int Outcomes { get; init; }

    [Range(0, 100)]
    public int SocialValue { get; init; }

    [Range(0, 100)]
    public int OrganisationalPolicy { get; init; }

    public SupplierSelectionWeights ToWeights() =>
        new()
        {
            WholeLifeCost = WholeLifeCost,
            Quality = Quality,
            Sustainability = Sustainability,
            Outcomes = Outcomes,
            SocialValue = SocialValue,
            OrganisationalPolicy = OrganisationalPolicy,
        };

    public static WeightsDto From(SupplierSelectionWeights w) =>
        new()
        {
            WholeLifeCost = w.WholeLifeCost,
            Quality = w.Quality,
            Sustainability = w.Sustainability,
            Outcomes = w.Outcomes,
            SocialValue = w.SocialValue,
            OrganisationalPolicy = w.OrganisationalPolicy,
        };
}

/// <summary>A criterion for judging the purchasing process and its target (days, a percentage, 1 for compliance, or
/// 1–5).</summary>
public sealed record ProcessMeasureDto
{
    public required ProcessMeasureKind Kind { get; init; }
    public required decimal Target { get; init; }
}

/// <summary>
/// The plan of a purchase (PU-P1…P8) for create (POST) and full replacement of a draft (PUT, which also needs
/// <see cref="Version"/>). Only the description is needed to save a draft; everything is needed to submit it. The route
/// is worked out from the category and the estimated value with the organisation's rules in force, as on the pages.
/// </summary>
public sealed record PurchaseDraftRequest
{
    [MaxLength(PurchaseRequest.TextMaxLength)]
    public required string Description { get; init; }

    /// <summary>A CPV 2008 code: 8 digits (33192000) or with its check digit (33192000-2); kept with the check
    /// digit.</summary>
    [MaxLength(10)]
    public string? Category { get; init; }

    [Range(0, 1_000_000)]
    public decimal Quantity { get; init; }

    [MaxLength(50)]
    public string? Unit { get; init; }

    public DateOnly? DateNeeded { get; init; }

    [MaxLength(PurchaseRequest.TextMaxLength)]
    public string? OutcomeSupported { get; init; }

    /// <summary>A budget head of the purchase's organisation.</summary>
    public Guid? BudgetHeadId { get; init; }

    [MaxLength(PurchaseRequest.TextMaxLength)]
    public string? OthersBuyingSame { get; init; }

    public bool PeopleWhoUseServiceInvolved { get; init; }

    [MaxLength(PurchaseRequest.TextMaxLength)]
    public string? HowPeopleAreInvolved { get; init; }

    [Range(0, 1_000_000_000)]
    public decimal EstimatedValue { get; init; }

    public bool IncludesVat { get; init; }

    public WholeLifeDto? WholeLife { get; init; }

    /// <summary>Leave out to take the recommended route.</summary>
    public PurchaseRoute? ChosenRoute { get; init; }

    /// <summary>Needed when the chosen route differs from the recommended one.</summary>
    [MaxLength(PurchaseRequest.TextMaxLength)]
    public string? DepartureReason { get; init; }

    public WeightsDto? Weights { get; init; }

    /// <summary>Lowest or Mean (METHODS §3.3).</summary>
    public PriceMethod CostScoring { get; set; } = PriceMethod.Lowest;

    public IReadOnlyList<ProcessMeasureDto>? ProcessMeasures { get; init; }

    /// <summary>Create only: the organisation, needed when you may purchase for several.</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>PUT only: the version you read; a stale version is refused with 409.</summary>
    public int? Version { get; init; }

    public void ApplyTo(PurchaseRequest r)
    {
        r.Description = Clean(Description) ?? "";
        r.Category = CpvCode.Normalise(Category) ?? Clean(Category) ?? "";
        r.Quantity = Quantity;
        r.Unit = Clean(Unit);
        r.DateNeeded = DateNeeded;
        r.OutcomeSupported = Clean(OutcomeSupported);
        r.BudgetHeadId = BudgetHeadId;
        r.OthersBuyingSame = Clean(OthersBuyingSame);
        r.PeopleWhoUseServiceInvolved = PeopleWhoUseServiceInvolved;
        r.HowPeopleAreInvolved = PeopleWhoUseServiceInvolved ? Clean(HowPeopleAreInvolved) : null;
        r.EstimatedValue = EstimatedValue;
        r.IncludesVat = IncludesVat;
        r.WholeLife = WholeLife?.ToInputs() ?? new WholeLifeCostInputs();
        r.ChosenRoute = ChosenRoute;
        r.DepartureReason = Clean(DepartureReason);
        r.Weights = Weights?.ToWeights() ?? new SupplierSelectionWeights();
        r.CostScoring = CostScoring;
        r.ProcessMeasures = ProcessMeasures
            ?.Select(m => new ProcessMeasure
            {
                PurchaseRequestId = r.Id,
                Kind = m.Kind,
                Target = m.Target,
            })
            .ToList()
            ?? [];
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Submitting a draft, or withdrawing a request to a draft: send the version you read.</summary>
public sealed record PurchaseSubmitRequest
{
    public required int Version { get; init; }
}

/// <summary>Cancelling a purchase before it is ordered: the version you read and why it is cancelled.</summary>
public sealed record PurchaseCancelRequest
{
    public required int Version { get; init; }

    /// <summary>Why the purchase is cancelled, for example "no longer needed"; specialists and auditors see
    /// it.</summary>
    [MaxLength(PurchaseWorkflow.CancelReasonMaxLength)]
    public required string Reason { get; init; }
}

public sealed record PurchaseQuoteSummary(
    Guid Id,
    Guid SupplierId,
    string SupplierName,
    decimal Price,
    decimal? WholeLifeCost,
    DateOnly ReceivedOn
);

/// <summary>A purchase request in full, as its requester, the specialists and auditors of its organisation see
/// it.</summary>
public sealed record PurchaseResponse(
    Guid Id,
    Guid OrganisationId,
    PurchaseStatus Status,
    string Description,
    string Category,
    decimal Quantity,
    string? Unit,
    DateOnly? DateNeeded,
    string? OutcomeSupported,
    Guid? BudgetHeadId,
    string? OthersBuyingSame,
    bool PeopleWhoUseServiceInvolved,
    string? HowPeopleAreInvolved,
    decimal EstimatedValue,
    bool IncludesVat,
    decimal EstimatedValueIncludingVat,
    WholeLifeDto WholeLife,
    int? RuleSetVersion,
    PurchaseRoute? RecommendedRoute,
    int? QuotesRequired,
    bool LightTouch,
    string? RouteReason,
    PurchaseRoute? ChosenRoute,
    string? DepartureReason,
    WeightsDto Weights,
    PriceMethod CostScoring,
    IReadOnlyList<ProcessMeasureDto> ProcessMeasures,
    IReadOnlyList<PurchaseQuoteSummary> Quotes,
    Guid? ChosenQuoteId,
    PurchaseDecision? Decision,
    string? CancelledReason,
    DateTimeOffset? CancelledAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version
)
{
    public static PurchaseResponse From(PurchaseRequest r) =>
        new(
            r.Id,
            r.OrganisationId,
            r.Status,
            r.Description,
            r.Category,
            r.Quantity,
            r.Unit,
            r.DateNeeded,
            r.OutcomeSupported,
            r.BudgetHeadId,
            r.OthersBuyingSame,
            r.PeopleWhoUseServiceInvolved,
            r.HowPeopleAreInvolved,
            r.EstimatedValue,
            r.IncludesVat,
            r.EstimatedValueIncludingVat,
            WholeLifeDto.From(r.WholeLife),
            r.RuleSetVersion,
            r.RecommendedRoute,
            r.QuotesRequired,
            r.LightTouch,
            r.RouteReason,
            r.ChosenRoute,
            r.DepartureReason,
            WeightsDto.From(r.Weights),
            r.CostScoring,
            r.ProcessMeasures.Select(m => new ProcessMeasureDto { Kind = m.Kind, Target = m.Target }).ToList(),
            r.Quotes.Select(q => new PurchaseQuoteSummary(
                    q.Id,
                    q.SupplierId,
                    q.SupplierName,
                    q.Price,
                    q.WholeLifeCost,
                    q.ReceivedOn
                ))
                .ToList(),
            r.ChosenQuoteId,
            r.Decision,
            r.CancelledReason,
            r.CancelledAt,
            r.SubmittedAt,
            r.CreatedAt,
            r.UpdatedAt,
            r.Version
        );
}

/// <summary>One purchase in a list: compliance is Compliant, NotCompliant or NotYetKnown
/// (docs/purchasing-lists.md).</summary>
public sealed record PurchaseListItem(
    Guid Id,
    Guid OrganisationId,
    string Description,
    string Category,
    PurchaseStatus Status,
    PurchaseRoute? Route,
    Guid? SupplierId,
    string? SupplierName,
    decimal EstimatedValueIncludingVat,
    string? OrderNumber,
    ComplianceFilter Compliance,
    DateTimeOffset CreatedAt
)
{
    public static PurchaseListItem From(PurchaseListRow r) =>
        new(
            r.Id,
            r.OrganisationId,
            r.Description,
            r.Category,
            r.Status,
            r.Route,
            r.SupplierId,
            r.SupplierName,
            r.EstimatedValueIncludingVat,
            r.OrderNumber,
            r.Compliant switch
            {
                true => ComplianceFilter.Compliant,
                false => ComplianceFilter.NotCompliant,
                null => ComplianceFilter.NotYetKnown,
            },
            r.CreatedAt
        );
}
