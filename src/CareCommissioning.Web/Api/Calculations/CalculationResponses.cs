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

public sealed record McdaCriterionResponse(
    string Name,
    decimal NormalisedWeight,
    decimal? SwitchingWeight,
    string? NewLeader
);

public sealed record McdaResponse(
    IReadOnlyList<McdaOptionResponse> Options,
    IReadOnlyList<McdaCriterionResponse> Criteria
);
