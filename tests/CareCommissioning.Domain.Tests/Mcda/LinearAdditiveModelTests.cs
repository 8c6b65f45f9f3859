using CareCommissioning.Domain.Mcda;
using FsCheck.Xunit;

namespace CareCommissioning.Domain.Tests.Mcda;

public sealed class LinearAdditiveModelTests
{
    private static readonly McdaCriterion[] Criteria = [new("Outcomes", 60m), new("Cost", 40m)];

    [Fact]
    [Trait("Criterion", "OA-P13")]
    public void Evaluate_TwoCriteria_GivesWeightedTotalsAndRanks()
    {
        var result = LinearAdditiveModel.Evaluate(
            Criteria,
            [new("A", [100m, 0m]), new("B", [40m, 100m]), new("C", [50m, 50m])]
        );
        Assert.Equal([60m, 64m, 50m], result.Options.Select(o => o.Total));
        Assert.Equal([2, 1, 3], result.Options.Select(o => o.Rank));
        Assert.Equal([0.6m, 0.4m], result.Criteria.Select(c => c.NormalisedWeight));
    }

    [Fact]
    public void Evaluate_SwitchingWeight_IsWhereTheTopOptionChanges()
    {
        // B leads at w_outcomes = 0.6. A (100, 0) and B (40, 100) tie where 100x = 40x + 100(1 − x): x = 100/160 =
        // 0.625.
        var result = LinearAdditiveModel.Evaluate(Criteria, [new("A", [100m, 0m]), new("B", [40m, 100m])]);
        var outcomes = result.Criteria.Single(c => c.Name == "Outcomes");
        Assert.Equal(0.625m, outcomes.SwitchingWeight);
        Assert.Equal("A", outcomes.NewLeader);
        // On the cost criterion the same crossing is at 1 − 0.625.
        Assert.Equal(0.375m, result.Criteria.Single(c => c.Name == "Cost").SwitchingWeight);
    }

    [Fact]
    public void Evaluate_SwitchingWeightAsGiven_IsOnTheScaleOfTheWeights()
    {
        // The same crossing as above, with the weights given as 6 and 4 rather than 60 and 40.
        var result = LinearAdditiveModel.Evaluate(
            [new("Outcomes", 6m), new("Cost", 4m)],
            [new("A", [100m, 0m]), new("B", [40m, 100m])]
        );
        var outcomes = result.Criteria.Single(c => c.Name == "Outcomes");
        Assert.Equal((6m, 0.6m), (outcomes.Weight, outcomes.NormalisedWeight));
        Assert.Equal((0.625m, 6.25m), (outcomes.SwitchingWeight, outcomes.SwitchingWeightAsGiven));
    }

    [Fact]
    public void Evaluate_DominantOption_HasNoSwitchingWeight()
    {
        var result = LinearAdditiveModel.Evaluate(Criteria, [new("A", [90m, 90m]), new("B", [10m, 20m])]);
        Assert.All(result.Criteria, c => Assert.Null(c.SwitchingWeight));
        Assert.All(result.Criteria, c => Assert.Null(c.SwitchingWeightAsGiven));
    }

    [Fact]
    public void Evaluate_SingleCriterion_HasNoSwitchingWeight()
    {
        var result = LinearAdditiveModel.Evaluate([new("Only", 100m)], [new("A", [90m]), new("B", [10m])]);
        Assert.Null(result.Criteria[0].SwitchingWeight);
    }

    [Property]
    public bool Evaluate_TotalsStayWithinZeroToHundred(byte w1, byte w2, byte s1, byte s2, byte s3, byte s4)
    {
        var result = LinearAdditiveModel.Evaluate(
            [new("X", w1 + 1m), new("Y", w2)],
            [new("A", [s1 % 101, s2 % 101]), new("B", [s3 % 101, s4 % 101])]
        );
        return result.Options.All(o => o.Total is >= 0 and <= 100);
    }

    [Fact]
    public void Evaluate_EqualTotals_ShareARank()
    {
        var result = LinearAdditiveModel.Evaluate(
            [new("Only", 1m)],
            [new("A", [50m]), new("B", [50m]), new("C", [10m])]
        );
        Assert.Equal([1, 1, 3], result.Options.Select(o => o.Rank));
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    public void Evaluate_ScoreOutsideZeroToHundred_IsRefused(int score) =>
        Assert.Throws<ArgumentException>(() => LinearAdditiveModel.Evaluate(Criteria, [new("A", [score, 0m])]));

    [Fact]
    public void Evaluate_WrongNumberOfScores_IsRefused() =>
        Assert.Throws<ArgumentException>(() => LinearAdditiveModel.Evaluate(Criteria, [new("A", [1m])]));

    [Property]
    public bool Normalise_AlwaysSumsToOne(byte a, byte b, byte c)
    {
        var weights = LinearAdditiveModel.Normalise([a + 1m, b, c]);
        return Math.Abs(weights.Sum() - 1m) < 0.0000000001m;
    }
}
