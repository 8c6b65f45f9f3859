namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// The impacts of an evaluation arranged as the matrix the full evaluation shows (EV-P15): positive and negative
/// against short and long term, each cell in order of importance then certainty; and a weight for each impact for the
/// chart (importance 1–3, negative below zero).
/// </summary>
public static class ImpactMatrix
{
    public sealed record Cell(ImpactDirection Direction, ImpactTerm Term, IReadOnlyList<EvaluationImpact> Impacts);

    public static IReadOnlyList<Cell> Of(IEnumerable<EvaluationImpact> impacts)
    {
        var all = impacts.ToList();
        return (
            from d in new[] { ImpactDirection.Positive, ImpactDirection.Negative }
            from t in new[] { ImpactTerm.ShortTerm, ImpactTerm.LongTerm }
            select new Cell(
                d,
                t,
                all.Where(i => i.Direction == d && i.Term == t)
                    .OrderByDescending(i => i.Importance)
                    .ThenByDescending(i => i.Certainty)
                    .ThenBy(i => i.Title, StringComparer.OrdinalIgnoreCase)
                    .ToList()
            )
        ).ToList();
    }

    /// <summary>The impact's signed weight: its importance (1 low, 2 medium, 3 high), negative when the impact
    /// is.</summary>
    public static int Weight(EvaluationImpact i) =>
        (int)i.Importance * (i.Direction == ImpactDirection.Negative ? -1 : 1);

    /// <summary>The weighted balance of positive and negative impacts by term.</summary>
    public static (int ShortTerm, int LongTerm) Balance(IEnumerable<EvaluationImpact> impacts)
    {
        var all = impacts.ToList();
        return (
            all.Where(i => i.Term == ImpactTerm.ShortTerm).Sum(Weight),
            all.Where(i => i.Term == ImpactTerm.LongTerm).Sum(Weight)
        );
    }
}
