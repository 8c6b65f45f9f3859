namespace CareCommissioning.Domain.Appraisals;

/// <summary>A short-listed option's real cost and benefit streams, with the optimism bias applied to its
/// costs.</summary>
public sealed record AppraisalOption(
    string Name,
    decimal OptimismBias,
    IReadOnlyList<CashFlow> Costs,
    IReadOnlyList<CashFlow> Benefits
);
