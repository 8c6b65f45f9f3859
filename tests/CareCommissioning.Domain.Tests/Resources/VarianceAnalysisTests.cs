using CareCommissioning.Domain.Resources;

namespace CareCommissioning.Domain.Tests.Resources;

public sealed class VarianceAnalysisTests
{
    [Fact]
    [Trait("Criterion", "OA-P4")]
    public void Compute_GapPercentAndCumulative_YearByYear()
    {
        var rows = VarianceAnalysis.Compute(
            [(2026, 100m), (2026, 20m), (2027, 130m), (2028, 140m)],
            [(2026, 125m), (2027, 120m), (2029, 10m)]
        );
        Assert.Equal(["2026/27", "2027/28", "2028/29", "2029/30"], rows.Select(r => r.Year.ToString()));
        Assert.Equal([5m, -10m, -140m, 10m], rows.Select(r => r.Gap));
        Assert.Equal([5m, -5m, -145m, -135m], rows.Select(r => r.CumulativeGap));
        Assert.Equal(5m / 120m, rows[0].GapPercent);
        Assert.Equal(-1m, rows[2].GapPercent);
        Assert.Null(rows[3].GapPercent); // no commitment that year
        Assert.Equal([false, true, true, false], rows.Select(r => r.Shortfall));
    }
}
