namespace CareCommissioning.Domain.Appraisals;

/// <summary>The Mott MacDonald categories with their upper and lower bounds (METHODS §1.4), as fractions.</summary>
public sealed record OptimismBiasCategory(
    string Name,
    decimal? WorksDurationUpper,
    decimal? WorksDurationLower,
    decimal CostUpper,
    decimal CostLower
)
{
    public static readonly IReadOnlyList<OptimismBiasCategory> All =
    [
        new("Standard buildings", 0.04m, 0.01m, 0.24m, 0.02m),
        new("Non-standard buildings", 0.39m, 0.02m, 0.51m, 0.04m),
        new("Standard civil engineering", 0.20m, 0.01m, 0.44m, 0.03m),
        new("Non-standard civil engineering", 0.25m, 0.03m, 0.66m, 0.06m),
        new("Equipment and development", 0.54m, 0.10m, 2.00m, 0.10m),
        // The closest category for outsourced care services: operating cost.
        new("Outsourcing", null, null, 0.41m, 0m),
    ];
}
