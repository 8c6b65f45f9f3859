namespace CareCommissioning.Domain.Uncertainty;

/// <summary>A cash flow in a year whose amount is either known or drawn from a distribution in each Monte Carlo
/// iteration.</summary>
public sealed record UncertainFlow(int Year, decimal? Amount, Distribution? Distribution)
{
    public static UncertainFlow Known(int year, decimal amount) => new(year, amount, null);

    public static UncertainFlow Uncertain(int year, Distribution distribution) => new(year, null, distribution);
}

/// <summary>An option whose costs (optimism bias applied) and benefits may be uncertain.</summary>
public sealed record UncertainOption(
    string Name,
    decimal OptimismBias,
    IReadOnlyList<UncertainFlow> Costs,
    IReadOnlyList<UncertainFlow> Benefits
);
