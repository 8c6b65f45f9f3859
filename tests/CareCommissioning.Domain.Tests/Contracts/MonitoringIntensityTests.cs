using CareCommissioning.Domain.Contracts.Monitoring;
using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>How many proactive monitoring visits a contract gets in a year.</summary>
public sealed class MonitoringIntensityTests
{
    [Trait("Criterion", "CD-P18")]
    [Theory]
    [InlineData(1_000_000, 15, CqcRating.Good, 4)] // extreme risk
    [InlineData(1_000_000, 4, CqcRating.Inadequate, 4)]
    [InlineData(1_000_000, 12, CqcRating.Good, 2)] // high risk
    [InlineData(1_000_000, 8, null, 2)]
    [InlineData(1_000_000, 6, CqcRating.RequiresImprovement, 2)]
    [InlineData(1_000_000, 6, CqcRating.NotYetRated, 2)]
    [InlineData(5_000_000.01, 6, CqcRating.Good, 2)] // over £5m
    [InlineData(5_000_000, 6, CqcRating.Good, 1)] // exactly £5m
    [InlineData(1_000_000, 6, CqcRating.Outstanding, 1)]
    [InlineData(1_000_000, 1, null, 1)]
    public void VisitsFollowRiskQualityAndValue(decimal value, int risk, CqcRating? cqc, int visits) =>
        Assert.Equal(visits, MonitoringIntensity.For(value, risk, cqc).VisitsPerYear);

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void AContractWithNoRisksRecorded_IsVisitedTwiceAYear()
    {
        var plan = MonitoringIntensity.For(200_000m, null, CqcRating.Good);
        Assert.Equal(2, plan.VisitsPerYear);
        Assert.Equal("Twice a year", plan.Frequency);
        Assert.Equal(["no risks recorded"], plan.Reasons);
    }

    [Fact]
    public void ThePlanSaysEveryReasonForTheHighestFrequency()
    {
        var plan = MonitoringIntensity.For(6_000_000m, 20, CqcRating.Inadequate);
        Assert.Equal("Quarterly", plan.Frequency);
        Assert.Equal(["a risk scored 20: extreme", "CQC rating inadequate"], plan.Reasons);
    }

    [Theory]
    [InlineData(26)]
    [InlineData(7)]
    public void AScoreTheMatrixCannotGive_IsRejected(int score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MonitoringIntensity.For(1m, score, null));
}
