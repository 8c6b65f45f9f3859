namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>One KPI's value for a period, rated, with the sentence that says why.</summary>
public sealed record KpiResult(KpiDefinition Kpi, decimal Value, PerformanceRating Rating, string Explanation)
{
    public RagStatus Rag => PerformanceRatingNames.Rag(Rating);
}

/// <summary>A contract's rating for a period, from its KPIs' ratings.</summary>
/// <param name="Counts">How many KPIs have each rating, for every rating (zero included).</param>
public sealed record ContractPeriodRating(
    PerformanceRating Rating,
    IReadOnlyDictionary<PerformanceRating, int> Counts,
    IReadOnlyList<KpiResult> Worst,
    string Explanation
)
{
    public RagStatus Rag => PerformanceRatingNames.Rag(Rating);
}

/// <summary>
/// Rates a KPI value against its definition (CD-P18: monitor the implementation plan against the contract's outcomes),
/// on the scale of the contract performance notice (METHODS §4.3). "Short" means worse than the target in the KPI's
/// direction, and every comparison is exact in decimal:
/// <list type="bullet">
/// <item>target met (exactly at the target, or better) → Good, green;</item>
/// <item>short by no more than the amber tolerance (exactly at its edge included) → Approaching target, amber;</item>
/// <item>short by more than the tolerance → Requires improvement, red;</item>
/// <item>worse than the red threshold, when the KPI has one (exactly at it is not worse) → Inadequate, red.</item>
/// </list>
/// A yes/no KPI has no tolerance or threshold, so a "no" against a "yes" requires improvement.
/// </summary>
public static class KpiRating
{
    /// <summary>Expects a definition that passes <see cref="KpiDefinitionRules.Validate"/> and a value that passes
    /// <see cref="KpiValues.Refuse"/>.</summary>
    public static KpiResult Rate(KpiDefinition kpi, decimal value)
    {
        var shortfall = kpi.Shortfall(value);
        var rating =
            shortfall <= 0 ? PerformanceRating.Good
            : kpi.RedThreshold is { } red && shortfall > kpi.Shortfall(red) ? PerformanceRating.Inadequate
            : shortfall <= kpi.AmberTolerance ? PerformanceRating.ApproachingTarget
            : PerformanceRating.RequiresImprovement;
        return new(kpi, value, rating, Explain(kpi, value, rating, shortfall));
    }

    /// <summary>
    /// The contract's rating for a period is the worst of its KPIs' ratings: a contract performance notice must not
    /// call a contract good while one of its KPIs is inadequate, and a rule anyone can check beats a weighted score.
    /// The authority may still publish a different rating with its reasons. Null when no KPI was rated.
    /// </summary>
    public static ContractPeriodRating? Overall(IEnumerable<KpiResult> results)
    {
        var all = results.ToList();
        if (all.Count == 0)
            return null;
        var worst = all.Max(r => r.Rating);
        var counts = Enum.GetValues<PerformanceRating>().ToDictionary(r => r, r => all.Count(x => x.Rating == r));
        var worstOnes = all.Where(r => r.Rating == worst).ToList();
        var name = PerformanceRatingNames.Display(worst).ToLowerInvariant();
        var explanation =
            worst == PerformanceRating.Good
                ? (all.Count == 1 ? "Its 1 KPI met its target" : $"All {all.Count} KPIs met their targets")
                : $"The contract takes the rating of its worst KPI: {worstOnes.Count} of {Kpis(all.Count)} "
                    + $"rated {name} ({string.Join(", ", worstOnes.Select(r => r.Kpi.Name))})";
        return new(worst, counts, worstOnes, explanation);
    }

    private static string Kpis(int n, string? verb = null) =>
        (n == 1 ? "1 KPI" : $"{n} KPIs") + (verb is null ? "" : " " + verb);

    private static string Explain(KpiDefinition kpi, decimal value, PerformanceRating rating, decimal shortfall)
    {
        string F(decimal v) => KpiValues.Format(kpi.Unit, v);
        var target =
            kpi.Unit == KpiUnit.YesNo ? F(kpi.Target)
            : kpi.Direction == KpiDirection.LowerIsBetter ? $"at most {F(kpi.Target)}"
            : F(kpi.Target);
        var opening = $"{F(value)} against a target of {target}";
        var gap =
            KpiValues.FormatDistance(kpi.Unit, shortfall)
            + (kpi.Direction == KpiDirection.HigherIsBetter ? " short" : " over");
        var tolerance = KpiValues.FormatDistance(kpi.Unit, kpi.AmberTolerance);
        return rating switch
        {
            PerformanceRating.Good => $"{opening}: met",
            _ when kpi.Unit == KpiUnit.YesNo => $"{opening}: not met",
            PerformanceRating.ApproachingTarget => $"{opening}: {gap}, within the tolerance of {tolerance}",
            PerformanceRating.RequiresImprovement when kpi.AmberTolerance == 0 => $"{opening}: {gap}, not met",
            PerformanceRating.RequiresImprovement => $"{opening}: {gap}, beyond the tolerance of {tolerance}",
            _ => $"{opening}: {gap}, "
                + (kpi.Direction == KpiDirection.HigherIsBetter ? "below" : "above")
                + $" the inadequate level of {F(kpi.RedThreshold!.Value)}",
        };
    }
}
