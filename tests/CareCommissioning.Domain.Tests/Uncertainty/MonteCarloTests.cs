using CareCommissioning.Domain.Uncertainty;

namespace CareCommissioning.Domain.Tests.Uncertainty;

public sealed class MonteCarloTests
{
    private static readonly Dictionary<string, Distribution> Inputs = new()
    {
        ["benefit"] = new Triangular(80_000, 100_000, 150_000),
        ["cost"] = new Pert(50_000, 60_000, 90_000),
    };

    private static MonteCarloResult Run(int seed, int n = 5_000) =>
        MonteCarlo.Run(seed, n, Inputs, ["Do nothing", "Redesign"], "Do nothing", draw => new Dictionary<
            string,
            decimal
        >
        {
            ["Do nothing"] = 0m,
            ["Redesign"] = (decimal)(draw["benefit"] - draw["cost"]),
        });

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public void Run_SameSeed_GivesExactlyTheSameResults()
    {
        var a = Run(42);
        var b = Run(42);
        Assert.Equal(a.Options[1].Mean, b.Options[1].Mean);
        Assert.Equal(a.Options[1].SCurve, b.Options[1].SCurve);
        Assert.NotEqual(a.Options[1].Mean, Run(43).Options[1].Mean);
    }

    [Fact]
    public void Run_PercentilesAreOrderedAndProbabilityIsAFraction()
    {
        var redesign = Run(7).Options.Single(o => o.Option == "Redesign");
        Assert.True(redesign.P10 <= redesign.P50 && redesign.P50 <= redesign.P90);
        Assert.InRange(redesign.ProbabilityBeatsBaseline!.Value, 0.9m, 1m);
        Assert.Null(Run(7).Options.Single(o => o.Option == "Do nothing").ProbabilityBeatsBaseline);
        Assert.Equal(21, redesign.SCurve.Count);
    }

    [Fact]
    public void Run_ManyDraws_MeanApproachesTheDistributionMeans()
    {
        // Triangular mean (80+100+150)/3 = 110k; PERT mean (50 + 4×60 + 90)/6 = 63.33k → NPSV mean ≈ 46.67k.
        var redesign = Run(1, 50_000).Options.Single(o => o.Option == "Redesign");
        Assert.InRange(redesign.Mean, 45_900m, 47_400m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_001)]
    public void Run_IterationsOutOfRange_Throws(int n) => Assert.Throws<ArgumentOutOfRangeException>(() => Run(1, n));

    [Fact]
    public void Run_BadDistribution_IsRefusedWithItsName()
    {
        var bad = new Dictionary<string, Distribution> { ["cost"] = new Triangular(10, 5, 1) };
        var e = Assert.Throws<ArgumentException>(() =>
            MonteCarlo.Run(1, 10, bad, ["A"], "A", _ => new Dictionary<string, decimal> { ["A"] = 0 })
        );
        Assert.StartsWith("cost:", e.Message);
    }

    [Fact]
    public void Samples_StayWithinTheirBounds()
    {
        var random = new Random(3);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.InRange(new Triangular(1, 2, 5).Sample(random), 1, 5);
            Assert.InRange(new Pert(1, 4, 5).Sample(random), 1, 5);
            Assert.InRange(new Uniform(-2, 2).Sample(random), -2, 2);
        }
    }

    [Fact]
    public void Normal_ManyDraws_HasItsMeanAndSpread()
    {
        var random = new Random(5);
        var xs = Enumerable.Range(0, 40_000).Select(_ => new Normal(10, 2).Sample(random)).ToList();
        var mean = xs.Average();
        var sd = Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / xs.Count);
        Assert.InRange(mean, 9.95, 10.05);
        Assert.InRange(sd, 1.95, 2.05);
    }
}
