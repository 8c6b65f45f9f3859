using CareCommissioning.Domain.Contracts.Monitoring;
using FsCheck.Xunit;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>
/// Rating a KPI value on the contract performance notice's scale, and the contract's rating for a period: what the
/// monitoring officer sees against each KPI of the implementation plan.
/// </summary>
public sealed class KpiRatingTests
{
    // Calls on time: at least 95%, approaching down to 92%, inadequate below 85%.
    private static readonly KpiDefinition CallsOnTime = new(
        "Calls on time",
        KpiUnit.Percentage,
        95m,
        KpiDirection.HigherIsBetter,
        3m,
        85m
    );

    // Missed calls: at most 2%, approaching up to 3%, inadequate above 5%.
    private static readonly KpiDefinition MissedCalls = new(
        "Missed calls",
        KpiUnit.Percentage,
        2m,
        KpiDirection.LowerIsBetter,
        1m,
        5m
    );

    [Trait("Criterion", "CD-P18")]
    [Theory]
    [InlineData(100, PerformanceRating.Good)]
    [InlineData(95.01, PerformanceRating.Good)]
    [InlineData(95, PerformanceRating.Good)]
    [InlineData(94.99, PerformanceRating.ApproachingTarget)]
    [InlineData(92, PerformanceRating.ApproachingTarget)]
    [InlineData(91.99, PerformanceRating.RequiresImprovement)]
    [InlineData(85, PerformanceRating.RequiresImprovement)]
    [InlineData(84.99, PerformanceRating.Inadequate)]
    [InlineData(0, PerformanceRating.Inadequate)]
    public void CallsOnTime_AreRatedAgainstTargetToleranceAndInadequateLevel(decimal value, PerformanceRating rating) =>
        Assert.Equal(rating, KpiRating.Rate(CallsOnTime, value).Rating);

    [Trait("Criterion", "CD-P18")]
    [Theory]
    [InlineData(0, PerformanceRating.Good)]
    [InlineData(2, PerformanceRating.Good)]
    [InlineData(2.01, PerformanceRating.ApproachingTarget)]
    [InlineData(3, PerformanceRating.ApproachingTarget)]
    [InlineData(3.01, PerformanceRating.RequiresImprovement)]
    [InlineData(5, PerformanceRating.RequiresImprovement)]
    [InlineData(5.01, PerformanceRating.Inadequate)]
    public void MissedCalls_LowerIsBetter_AreRatedTheRightWayRound(decimal value, PerformanceRating rating) =>
        Assert.Equal(rating, KpiRating.Rate(MissedCalls, value).Rating);

    [Trait("Criterion", "CD-P18")]
    [Theory]
    [InlineData(PerformanceRating.Good, RagStatus.Green)]
    [InlineData(PerformanceRating.ApproachingTarget, RagStatus.Amber)]
    [InlineData(PerformanceRating.RequiresImprovement, RagStatus.Red)]
    [InlineData(PerformanceRating.Inadequate, RagStatus.Red)]
    public void EachRating_ShowsItsRagColour(PerformanceRating rating, RagStatus rag) =>
        Assert.Equal(rag, PerformanceRatingNames.Rag(rating));

    [Trait("Criterion", "CD-P18")]
    [Theory]
    [InlineData(96, "96% against a target of 95%: met")]
    [InlineData(95, "95% against a target of 95%: met")]
    [InlineData(
        93,
        "93% against a target of 95%: 2 percentage points short, within the tolerance of 3 percentage points"
    )]
    [InlineData(
        90,
        "90% against a target of 95%: 5 percentage points short, beyond the tolerance of 3 percentage points"
    )]
    [InlineData(80, "80% against a target of 95%: 15 percentage points short, below the inadequate level of 85%")]
    public void TheRating_IsExplainedInPlainEnglish(decimal value, string explanation) =>
        Assert.Equal(explanation, KpiRating.Rate(CallsOnTime, value).Explanation);

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void ALowerIsBetterKpi_SaysAtMostAndOver() =>
        Assert.Equal(
            "6% against a target of at most 2%: 4 percentage points over, above the inadequate level of 5%",
            KpiRating.Rate(MissedCalls, 6m).Explanation
        );

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void AKpiWithNoToleranceOrInadequateLevel_RequiresImprovementWhenMissedByAnyAmount()
    {
        var hours = new KpiDefinition("Hours delivered", KpiUnit.Hours, 1200m, KpiDirection.HigherIsBetter);
        var r = KpiRating.Rate(hours, 1199.75m);
        Assert.Equal(PerformanceRating.RequiresImprovement, r.Rating);
        Assert.Equal("1,199.75 hours against a target of 1,200 hours: 0.25 hours short, not met", r.Explanation);
        Assert.Equal(PerformanceRating.Good, KpiRating.Rate(hours, 1200m).Rating);
    }

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void AYesOrNoKpi_IsGoodWhenMetAndRequiresImprovementWhenNot()
    {
        var policy = new KpiDefinition("Safeguarding policy in place", KpiUnit.YesNo, 1m, KpiDirection.HigherIsBetter);
        Assert.Equal(PerformanceRating.Good, KpiRating.Rate(policy, 1m).Rating);
        var no = KpiRating.Rate(policy, 0m);
        Assert.Equal(PerformanceRating.RequiresImprovement, no.Rating);
        Assert.Equal("No against a target of Yes: not met", no.Explanation);
    }

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void AMoneyKpi_IsExplainedInPounds() =>
        Assert.Equal(
            "£10,250 against a target of at most £10,000: £250 over, within the tolerance of £500",
            KpiRating
                .Rate(new("Agency spend", KpiUnit.Money, 10_000m, KpiDirection.LowerIsBetter, 500m), 10_250m)
                .Explanation
        );

    // Better values never get a worse rating, whichever way round the KPI is and wherever its bands lie.
    [Trait("Criterion", "CD-P18")]
    [Property(MaxTest = 500)]
    public bool TheRating_NeverGetsWorseAsTheValueGetsBetter(
        ushort targetRaw,
        ushort toleranceRaw,
        ushort redGapRaw,
        bool higherIsBetter,
        bool hasRed,
        ushort aRaw,
        ushort bRaw
    )
    {
        var target = targetRaw % 10_001 / 100m;
        var tolerance = toleranceRaw % 2_001 / 100m;
        var direction = higherIsBetter ? KpiDirection.HigherIsBetter : KpiDirection.LowerIsBetter;
        var edge = higherIsBetter ? target - tolerance : target + tolerance;
        var redGap = redGapRaw % 2_001 / 100m;
        decimal? red = hasRed ? (higherIsBetter ? edge - redGap : edge + redGap) : null;
        var kpi = new KpiDefinition("K", KpiUnit.Count, target, direction, tolerance, red);
        var a = aRaw % 20_001 / 100m - 50m;
        var b = bRaw % 20_001 / 100m - 50m;
        var (better, worse) = (higherIsBetter ? a >= b : a <= b) ? (a, b) : (b, a);
        return KpiRating.Rate(kpi, better).Rating <= KpiRating.Rate(kpi, worse).Rating;
    }

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void TheContractRating_IsTheWorstOfItsKpis()
    {
        var overall = KpiRating.Overall([
            KpiRating.Rate(CallsOnTime, 96m),
            KpiRating.Rate(MissedCalls, 2.5m),
            KpiRating.Rate(MissedCalls with { Name = "Late calls" }, 4m),
        ])!;
        Assert.Equal(PerformanceRating.RequiresImprovement, overall.Rating);
        Assert.Equal(RagStatus.Red, overall.Rag);
        Assert.Equal(1, overall.Counts[PerformanceRating.Good]);
        Assert.Equal(1, overall.Counts[PerformanceRating.ApproachingTarget]);
        Assert.Equal(0, overall.Counts[PerformanceRating.Inadequate]);
        Assert.Equal(
            "The contract takes the rating of its worst KPI: 1 of 3 KPIs rated requires improvement (Late calls)",
            overall.Explanation
        );
    }

    [Trait("Criterion", "CD-P18")]
    [Fact]
    public void OneInadequateKpi_MakesTheContractInadequate()
    {
        var overall = KpiRating.Overall([
            KpiRating.Rate(CallsOnTime, 96m),
            KpiRating.Rate(CallsOnTime with { Name = "Care plans reviewed" }, 97m),
            KpiRating.Rate(MissedCalls, 8m),
        ])!;
        Assert.Equal(PerformanceRating.Inadequate, overall.Rating);
        Assert.Equal("Missed calls", Assert.Single(overall.Worst).Kpi.Name);
    }

    [Fact]
    public void AContractWhoseKpisAllMeetTarget_IsGood()
    {
        var overall = KpiRating.Overall([KpiRating.Rate(CallsOnTime, 95m), KpiRating.Rate(MissedCalls, 2m)])!;
        Assert.Equal(PerformanceRating.Good, overall.Rating);
        Assert.Equal("All 2 KPIs met their targets", overall.Explanation);
    }

    [Fact]
    public void APeriodWithNoKpisRated_HasNoContractRating() => Assert.Null(KpiRating.Overall([]));
}
