namespace CareCommissioning.Web.Api.Calculations;

public sealed record FactorDto(int Year, decimal Factor);

public sealed record PresentValueResponse(string Schedule, decimal PresentValue, IReadOnlyList<FactorDto> Factors);

public sealed record AppraisalOptionResponse(
    string Name,
    decimal PvCosts,
    decimal PvBenefits,
    decimal Npsv,
    decimal? Bcr,
    decimal NpsvVersusBaseline,
    decimal? BenefitsSwitchingValue,
    decimal? CostsSwitchingValue,
    bool Preferred
);

public sealed record AppraisalResponse(
    string Schedule,
    string Baseline,
    IReadOnlyList<AppraisalOptionResponse> Options
);

public sealed record McdaOptionResponse(string Name, decimal Total, int Rank);

/// <summary>A criterion's weight and switching weight on the scale the request gave its weights (0–100), and the same
/// two normalised to add up to 1.</summary>
public sealed record McdaCriterionResponse(
    string Name,
    decimal Weight,
    decimal? SwitchingWeight,
    decimal NormalisedWeight,
    decimal? NormalisedSwitchingWeight,
    string? NewLeader
);

public sealed record McdaResponse(
    IReadOnlyList<McdaOptionResponse> Options,
    IReadOnlyList<McdaCriterionResponse> Criteria
);
