using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Uncertainty;

namespace CareCommissioning.Domain.Tests.Uncertainty;

public sealed class MonteCarloAppraisalTests
{
    private static readonly UncertainOption DoNothing = new("Do nothing", 0m, [], []);

    private static UncertainOption Redesign(Distribution? benefit = null) =>
        new(
            "Redesign",
            0m,
            Enumerable.Range(0, 10).Select(t => UncertainFlow.Known(t, 100_000m)).ToList(),
            Enumerable
                .Range(1, 9)
                .Select(t => benefit is null ? UncertainFlow.Known(t, 150_000m) : UncertainFlow.Uncertain(t, benefit))
                .ToList()
        );

    [Fact]
    public void Run_NoUncertainty_EveryDrawIsTheDeterministicNpsv()
    {
        var result = MonteCarloAppraisal.Run(
            GreenBookSchedules.Standard,
            "Do nothing",
            [DoNothing, Redesign()],
            1,
            100
        );
        var redesign = result.Options[1];
        Assert.Equal(280_384.33m, Math.Round(redesign.Mean, 2));
        Assert.Equal(redesign.P10, redesign.P90);
        Assert.Equal(1m, redesign.ProbabilityBeatsBaseline);
    }

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public void Run_TriangularBenefits_MeanConvergesToTheAnalyticMean()
    {
        // Benefits ~ Triangular(90k, 150k, 180k) each year: mean 140k, so NPSV mean = 140k × ΣD(1..9) − PVC.
        var result = MonteCarloAppraisal.Run(
            GreenBookSchedules.Standard,
            "Do nothing",
            [DoNothing, Redesign(new Triangular(90_000, 150_000, 180_000))],
            11,
            100_000
        );
        var analytic = 140_000m * 7.6076865m - 860_768.65m;
        Assert.InRange(result.Options[1].Mean, analytic - 1_500m, analytic + 1_500m);
        Assert.True(result.Options[1].P10 < result.Options[1].P50 && result.Options[1].P50 < result.Options[1].P90);
    }

    [Fact]
    public void Run_SameSeed_IsReproducible()
    {
        UncertainOption[] options = [DoNothing, Redesign(new Pert(90_000, 150_000, 180_000))];
        var a = MonteCarloAppraisal.Run(GreenBookSchedules.Standard, "Do nothing", options, 99, 2_000);
        var b = MonteCarloAppraisal.Run(GreenBookSchedules.Standard, "Do nothing", options, 99, 2_000);
        Assert.Equal(a.Options[1].Mean, b.Options[1].Mean);
        Assert.Equal(a.Options[1].P90, b.Options[1].P90);
    }

    [Fact]
    public void Run_TenMillionIterations_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            MonteCarloAppraisal.Run(GreenBookSchedules.Standard, "Do nothing", [DoNothing], 1, 10_000_000)
        );

    [Fact]
    public void Run_DistributionWithMinimumAboveMaximum_IsRefused() =>
        Assert.Throws<ArgumentException>(() =>
            MonteCarloAppraisal.Run(
                GreenBookSchedules.Standard,
                "Do nothing",
                [DoNothing, Redesign(new Uniform(5, 1))],
                1,
                10
            )
        );
}
