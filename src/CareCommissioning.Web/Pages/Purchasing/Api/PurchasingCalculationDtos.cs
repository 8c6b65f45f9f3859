using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Pages.Purchasing.Api;

/// <summary>The purchase whose route is wanted (PU-P4, P6).</summary>
public sealed record RouteCalculationRequest
{
    /// <summary>"central" (central government, including NHS bodies) or "sub-central" (for example a
    /// council).</summary>
    [MaxLength(20)]
    public required string OrganisationType { get; init; }

    /// <summary>The CPV 2008 code of what is bought: 8 digits (85311100) or with its check digit (85311100-3), which
    /// is then checked.</summary>
    [MaxLength(20)]
    public required string Category { get; init; }

    /// <summary>The estimated value of the whole contract in pounds.</summary>
    [Range(0.01, 1_000_000_000)]
    public required decimal EstimatedValue { get; init; }

    /// <summary>True when the value already includes VAT (or no VAT is charged); false to have VAT at 20%
    /// added.</summary>
    public required bool IncludesVat { get; init; }

    /// <summary>The date the procurement starts, which decides the thresholds in force; today (UK) when left
    /// out.</summary>
    public DateOnly? Date { get; init; }
}

public sealed record RouteCalculationResponse(
    PurchaseRoute Route,
    string RouteName,
    int? QuotesRequired,
    bool LightTouch,
    string ThresholdName,
    decimal Threshold,
    decimal ValueIncludingVat,
    decimal StatutoryThreshold,
    bool NotifiableIfAdvertised,
    DateOnly ThresholdsInForceFrom,
    string RulesApplied,
    string Reason
);

public sealed record ReferencePricesDto
{
    /// <summary>The price that scores 0 (for example the budget ceiling).</summary>
    [Range(0, 100_000_000_000)]
    public required decimal Max { get; init; }

    /// <summary>The price that scores the full price weight.</summary>
    [Range(0, 100_000_000_000)]
    public required decimal Optimal { get; init; }
}

public sealed record TenderCriterionDto
{
    [MaxLength(TenderScoring.NameMaxLength)]
    public required string Name { get; init; }

    /// <summary>The criterion's weight; the price weight and the criteria weights total 100.</summary>
    [Range(0, 100)]
    public required decimal Weight { get; init; }
}

public sealed record TenderBidDto
{
    [MaxLength(TenderScoring.NameMaxLength)]
    public required string Name { get; init; }

    [Range(0.01, 100_000_000_000)]
    public required decimal Price { get; init; }

    /// <summary>One quality score per criterion, in the criteria's order, from 0 to qualityMax.</summary>
    [MaxLength(TenderScoring.MaxCriteria)]
    public required IReadOnlyList<decimal> Scores { get; init; }
}

/// <summary>A price/quality evaluation (PU-P9; METHODS §3.3–3.4).</summary>
public sealed record TenderScoresRequest
{
    /// <summary>W, the price weight out of 100.</summary>
    [Range(0, 100)]
    public required decimal PriceWeight { get; init; }

    /// <summary>"lowest" (W × lowest ÷ price), "mean" (50 at the mean, ±1 per 1% from it, × W ÷ 100) or "absolute"
    /// (against referencePrices).</summary>
    [MaxLength(20)]
    public required string PriceMethod { get; init; }

    /// <summary>Only for the absolute method: the price scoring 0 (max) and the price scoring W (optimal).</summary>
    public ReferencePricesDto? ReferencePrices { get; init; }

    /// <summary>The top of the quality scale, for example 5 for a 0–5 scale.</summary>
    [Range(0.01, 100)]
    public required decimal QualityMax { get; init; }

    [MaxLength(TenderScoring.MaxCriteria)]
    public required IReadOnlyList<TenderCriterionDto> Criteria { get; init; }

    [MaxLength(TenderScoring.MaxBids)]
    public required IReadOnlyList<TenderBidDto> Bids { get; init; }
}

/// <summary>One bid's points at full precision (round only to show); equal totals share a rank.</summary>
public sealed record TenderBidScoreResponse(
    string Name,
    decimal Price,
    decimal PricePoints,
    IReadOnlyList<decimal> CriterionPoints,
    decimal QualityPoints,
    decimal Total,
    int Rank
);

public sealed record TenderScoresResponse(
    string PriceMethod,
    decimal PriceWeight,
    IReadOnlyList<TenderBidScoreResponse> Bids,
    IReadOnlyList<string> Leaders
);
