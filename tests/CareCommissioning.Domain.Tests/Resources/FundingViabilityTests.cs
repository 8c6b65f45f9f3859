using CareCommissioning.Domain.Resources;

namespace CareCommissioning.Domain.Tests.Resources;

public sealed class FundingViabilityTests
{
    private static FundingOpportunity Grant(params int[] scores) =>
        new()
        {
            Name = "Grant",
            Funder = "DHSC",
            Amount = 100_000m,
            Likelihood = 0.6m,
            MatchFunding = 20_000m,
            Recurrence = FundingRecurrence.Annual,
            FirstYear = 2027,
            Years = 3,
            ViabilityScores = [.. scores],
        };

    [Fact]
    [Trait("Criterion", "OA-P5")]
    public void ExpectedValue_IsLikelihoodTimesTheNetAmount_InEachYearItPays()
    {
        var g = Grant(5, 5, 5, 5, 5);
        Assert.Equal(48_000m, g.ExpectedValue);
        Assert.Equal([2027, 2028, 2029], g.PaymentYears);
    }

    [Fact]
    [Trait("Criterion", "OA-P5")]
    public void Viability_IsTheWeightedScore_AndOnlyViableOnesCountAsResource()
    {
        // (30×5 + 20×4 + 20×3 + 10×4 + 20×3) ÷ (5 × 100) = 390 ÷ 500 = 78%.
        Assert.Equal(0.78m, FundingViability.Score([5, 4, 3, 4, 3]));
        Assert.Null(FundingViability.Score([5, 4]));
        var weak = Grant(1, 1, 1, 1, 1);
        weak.CountAsPotentialResource = true;
        Assert.Contains(FundingViability.Validate(weak), e => e.Field == "CountAsPotentialResource");
        var strong = Grant(5, 4, 3, 4, 3);
        strong.CountAsPotentialResource = true;
        Assert.Empty(FundingViability.Validate(strong));
    }

    [Fact]
    public void BadAnswers_AreRefused()
    {
        var g = Grant();
        g.Likelihood = 1.5m;
        g.MatchFunding = 200_000m;
        g.Years = 20;
        var fields = FundingViability.Validate(g).Select(e => e.Field).ToList();
        Assert.Equal(["Likelihood", "MatchFunding", "Years"], fields);
    }
}
