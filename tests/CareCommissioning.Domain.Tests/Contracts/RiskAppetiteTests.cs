using CareCommissioning.Domain.Contracts.Monitoring;
using CareCommissioning.Domain.Risks;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>Whether the balance of risk in a contract's implementation plan is within the organisation's
/// appetite.</summary>
public sealed class RiskAppetiteTests
{
    private static readonly RiskAppetite Appetite = new(
        new Dictionary<RiskCategory, int> { [RiskCategory.Financial] = 12, [RiskCategory.People] = 6 }
    );

    private static Risk R(
        string title,
        RiskCategory category,
        int l,
        int i,
        int? rl = null,
        int? ri = null,
        RiskStatus status = RiskStatus.Open
    ) =>
        new()
        {
            Title = title,
            Owner = "Head of commissioning",
            Category = category,
            Likelihood = l,
            Impact = i,
            ResidualLikelihood = rl,
            ResidualImpact = ri,
            Status = status,
        };

    [Trait("Criterion", "CD-P16")]
    [Fact]
    public void ARiskExactlyAtTheAppetite_IsInLine()
    {
        var check = RiskAppetite.Check(Appetite, [R("Provider failure", RiskCategory.Financial, 5, 5, 3, 4)]);
        Assert.True(check.InLine);
        Assert.Empty(check.Breaches);
    }

    [Trait("Criterion", "CD-P16")]
    [Fact]
    public void ARiskOneStepAboveTheAppetite_IsABreach_WithItsReason()
    {
        var check = RiskAppetite.Check(Appetite, [R("Provider failure", RiskCategory.Financial, 5, 5, 4, 4)]);
        Assert.False(check.InLine);
        var breach = Assert.Single(check.Breaches);
        Assert.Equal("Provider failure: residual 16 above the appetite of 12 for Financial", breach.Message);
        Assert.True(breach.IsResidual);
    }

    [Trait("Criterion", "CD-P16")]
    [Fact]
    public void ARiskWithNoResidualRating_IsJudgedByItsInherentScore() =>
        Assert.Equal(
            "Workforce shortage: inherent 9 above the appetite of 6 for People",
            Assert
                .Single(RiskAppetite.Check(Appetite, [R("Workforce shortage", RiskCategory.People, 3, 3)]).Breaches)
                .Message
        );

    [Trait("Criterion", "CD-P16")]
    [Fact]
    public void MitigationThatBringsARiskWithinAppetite_PutsThePlanInLine() =>
        Assert.True(RiskAppetite.Check(Appetite, [R("Workforce shortage", RiskCategory.People, 3, 3, 2, 3)]).InLine);

    [Trait("Criterion", "CD-P16")]
    [Fact]
    public void BreachesAreListedWorstFirst_AndClosedRisksAreNotJudged()
    {
        var check = RiskAppetite.Check(
            Appetite,
            [
                R("Late invoices", RiskCategory.Financial, 3, 5),
                R("Provider failure", RiskCategory.Financial, 5, 5),
                R("Old lease", RiskCategory.Financial, 5, 5, status: RiskStatus.Closed),
            ]
        );
        Assert.Equal(["Provider failure", "Late invoices"], check.Breaches.Select(b => b.Risk.Title));
    }

    [Trait("Criterion", "CD-P16")]
    [Fact]
    public void ARiskInACategoryWithNoAppetite_IsListedToBeSet_NotPassedOrFailed()
    {
        var check = RiskAppetite.Check(Appetite, [R("Press interest", RiskCategory.Reputation, 5, 5)]);
        Assert.True(check.InLine);
        Assert.Equal("Press interest", Assert.Single(check.Unchecked).Title);
    }

    [Trait("Criterion", "CD-P16")]
    [Theory]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(0)]
    [InlineData(26)]
    public void AnAppetiteTheMatrixCannotGive_IsRefused(int score)
    {
        var error = Assert.Single(
            RiskAppetite.Validate(new(new Dictionary<RiskCategory, int> { [RiskCategory.Financial] = score }))
        );
        Assert.Equal(
            "The appetite for Financial risks must be a score the 5×5 matrix can give: "
                + "1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20 or 25",
            error.Message
        );
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(25)]
    public void AnAppetiteTheMatrixCanGive_IsAccepted(int score) =>
        Assert.Empty(RiskAppetite.Validate(new(new Dictionary<RiskCategory, int> { [RiskCategory.Legal] = score })));
}
