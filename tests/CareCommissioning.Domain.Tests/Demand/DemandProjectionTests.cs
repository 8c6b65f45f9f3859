using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Demand;

namespace CareCommissioning.Domain.Tests.Demand;

public sealed class DemandProjectionTests
{
    [Fact]
    [Trait("Criterion", "OA-P1")]
    public void Demand_PopulationTimesPrevalenceTimesUptake_SumsOverBands()
    {
        var demand = DemandProjection.Demand([
            new("65–74", 60_000m, 0.05m, 0.20m), // 600
            new("75–84", 40_000m, 0.12m, 0.25m), // 1,200
            new("85+", 15_000m, 0.30m, 0.30m), // 1,350
        ]);
        Assert.Equal(3_150m, demand);
    }

    [Fact]
    [Trait("Criterion", "OA-P2")]
    public void Commitment_KeepsVolumeAndPriceGrowthApart_AndShowsRealTerms()
    {
        var rows = DemandProjection.Commitment(
            new FinancialYear(2026),
            25m,
            [1_000m, 1_100m, 1_200m],
            [0.05m, 0.04m],
            [0.02m, 0.02m]
        );
        Assert.Equal(["2026/27", "2027/28", "2028/29"], rows.Select(r => r.Year.ToString()));
        Assert.Equal(25_000m, rows[0].Nominal);
        Assert.Equal(1_100m * 25m * 1.05m, rows[1].Nominal);
        Assert.Equal(1_200m * 25m * 1.05m * 1.04m, rows[2].Nominal);
        Assert.Equal(rows[2].Nominal / (1.02m * 1.02m), rows[2].Real);
        Assert.Equal(rows[1].Volume * rows[1].UnitCost, rows[1].Nominal);
    }

    [Fact]
    public void Commitment_GreenBookExample_NominalToRealAtTwoPercent()
    {
        // METHODS §1.3: £1,000 nominal in year 1 is £980 real; in year 5, £906.
        var rows = DemandProjection.Commitment(
            new FinancialYear(2026),
            1_000m,
            [1m, 1m, 1m, 1m, 1m, 1m],
            [0m, 0m, 0m, 0m, 0m],
            [0.02m, 0.02m, 0.02m, 0.02m, 0.02m]
        );
        Assert.Equal(980m, Math.Round(rows[1].Real, 0));
        Assert.Equal(906m, Math.Round(rows[5].Real, 0));
    }

    [Theory]
    [InlineData(-1, 0.1, 0.1)]
    [InlineData(100, 1.1, 0.1)]
    [InlineData(100, 0.1, -0.1)]
    public void Demand_ImpossibleInputs_AreRefused(int population, double prevalence, double uptake) =>
        Assert.Throws<ArgumentException>(() =>
            DemandProjection.Demand([new("18–64", population, (decimal)prevalence, (decimal)uptake)])
        );
}
