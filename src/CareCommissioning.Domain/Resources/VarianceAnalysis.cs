namespace CareCommissioning.Domain.Resources;

/// <summary>Variance between demand (as cash commitment) and resources by financial year (OA-P4).</summary>
public static class VarianceAnalysis
{
    public static IReadOnlyList<VarianceRow> Compute(
        IEnumerable<(int Year, decimal Amount)> commitment,
        IEnumerable<(int Year, decimal Amount)> resources
    )
    {
        var needed = commitment.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        var held = resources.GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
        var cumulative = 0m;
        var rows = new List<VarianceRow>();
        foreach (var year in needed.Keys.Union(held.Keys).Order())
        {
            var c = needed.GetValueOrDefault(year);
            var r = held.GetValueOrDefault(year);
            var gap = r - c;
            cumulative += gap;
            rows.Add(new VarianceRow(new FinancialYear(year), c, r, gap, c == 0 ? null : gap / c, cumulative));
        }
        return rows;
    }
}
