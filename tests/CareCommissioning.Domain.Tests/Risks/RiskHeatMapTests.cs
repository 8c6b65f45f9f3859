using CareCommissioning.Domain.Risks;

namespace CareCommissioning.Domain.Tests.Risks;

public sealed class RiskHeatMapTests
{
    [Fact]
    public void Build_CountsEachCellAndBand()
    {
        var map = RiskHeatMap.Build([(4, 4), (4, 4), (3, 5), (1, 2), (2, 3)]);
        Assert.Equal(2, map.Count(4, 4));
        Assert.Equal(1, map.Count(3, 5));
        Assert.Equal(0, map.Count(5, 5));
        Assert.Equal(5, map.Total);
        var bands = map.CountsByBand();
        Assert.Equal(3, bands[RiskBand.Extreme]); // 16, 16, 15
        Assert.Equal(1, bands[RiskBand.Moderate]); // 6
        Assert.Equal(1, bands[RiskBand.Low]); // 2
        Assert.Equal("5 risks: 3 extreme, 0 high, 1 moderate and 1 low.", map.Summary());
    }

    [Fact]
    public void Build_ResidualWithUnratedRisks_CountsThemApart()
    {
        var map = RiskHeatMap.Build(new (int?, int?)[] { (2, 2), (null, null), (1, null) });
        Assert.Equal(1, map.Total);
        Assert.Equal(2, map.NotRated);
    }

    [Fact]
    public void Summary_Empty_SaysSo() =>
        Assert.Equal("No risks to show.", RiskHeatMap.Build(Array.Empty<(int, int)>()).Summary());
}
