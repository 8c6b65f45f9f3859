using CareCommissioning.Domain.Partnerships;

namespace CareCommissioning.Domain.Tests.Partnerships;

/// <summary>A partnership's measures: the periods they are reported for, where a value stands against baseline and
/// target, and what makes a measure or a value acceptable.</summary>
public sealed class MeasureTests
{
    private static PartnershipMeasure Measure(
        MeasureFrequency frequency = MeasureFrequency.Quarterly,
        decimal? baseline = 1850m,
        decimal? target = 1780m,
        bool higherIsBetter = false
    ) =>
        new()
        {
            Name = "Emergency admissions 65+",
            Frequency = frequency,
            Baseline = baseline,
            Target = target,
            HigherIsBetter = higherIsBetter,
        };

    [Theory]
    [InlineData(MeasureFrequency.Monthly, "2026-05-01", true)]
    [InlineData(MeasureFrequency.Monthly, "2026-05-02", false)]
    [InlineData(MeasureFrequency.Quarterly, "2026-04-01", true)]
    [InlineData(MeasureFrequency.Quarterly, "2026-01-01", true)]
    [InlineData(MeasureFrequency.Quarterly, "2026-05-01", false)]
    [InlineData(MeasureFrequency.Yearly, "2026-04-01", true)]
    [InlineData(MeasureFrequency.Yearly, "2026-01-01", false)]
    public void APeriodStartsOnTheFirstDayOfItsMonthQuarterOrFinancialYear(
        MeasureFrequency frequency,
        string day,
        bool starts
    ) => Assert.Equal(starts, MeasurePeriods.IsStart(frequency, DateOnly.Parse(day)));

    [Theory]
    [InlineData(MeasureFrequency.Quarterly, "2026-04-01", "Quarter 1 of 2026/27 (April to June 2026)", "2026/27 Q1")]
    [InlineData(
        MeasureFrequency.Quarterly,
        "2026-10-01",
        "Quarter 3 of 2026/27 (October to December 2026)",
        "2026/27 Q3"
    )]
    [InlineData(MeasureFrequency.Quarterly, "2027-01-01", "Quarter 4 of 2026/27 (January to March 2027)", "2026/27 Q4")]
    [InlineData(MeasureFrequency.Monthly, "2026-11-01", "November 2026", "Nov 2026")]
    [InlineData(MeasureFrequency.Yearly, "2026-04-01", "2026/27", "2026/27")]
    public void PeriodsAreNamedInTheUkFinancialYear(
        MeasureFrequency frequency,
        string start,
        string name,
        string shortName
    )
    {
        Assert.Equal(name, MeasurePeriods.Name(frequency, DateOnly.Parse(start)));
        Assert.Equal(shortName, MeasurePeriods.ShortName(frequency, DateOnly.Parse(start)));
    }

    [Fact]
    public void ThePeriodsToChooseFrom_RunFromTheStartToTheOneUnderwayToday_NewestFirst()
    {
        var periods = MeasurePeriods.Between(
            MeasureFrequency.Quarterly,
            new DateOnly(2025, 5, 20),
            new DateOnly(2026, 2, 3)
        );
        Assert.Equal(
            [new DateOnly(2026, 1, 1), new DateOnly(2025, 10, 1), new DateOnly(2025, 7, 1), new DateOnly(2025, 4, 1)],
            periods
        );
        Assert.Equal(
            [new DateOnly(2026, 4, 1), new DateOnly(2025, 4, 1)],
            MeasurePeriods.Between(MeasureFrequency.Yearly, new DateOnly(2025, 4, 1), new DateOnly(2026, 12, 4))
        );
    }

    [Theory]
    [InlineData(null, MeasureStatus.NoValue)]
    [InlineData(1780.0, MeasureStatus.MeetsTarget)]
    [InlineData(1700.0, MeasureStatus.MeetsTarget)]
    [InlineData(1800.0, MeasureStatus.ImprovingButShort)]
    [InlineData(1850.0, MeasureStatus.NotImproving)]
    [InlineData(1900.0, MeasureStatus.NotImproving)]
    public void WhereLowerIsBetter_ProgressReadsDownwards(double? latest, MeasureStatus status) =>
        Assert.Equal(status, MeasureProgress.Of(Measure(), (decimal?)latest));

    [Theory]
    [InlineData(85.0, MeasureStatus.MeetsTarget)]
    [InlineData(83.0, MeasureStatus.ImprovingButShort)]
    [InlineData(80.0, MeasureStatus.NotImproving)]
    public void WhereHigherIsBetter_ProgressReadsUpwards(double latest, MeasureStatus status) =>
        Assert.Equal(
            status,
            MeasureProgress.Of(Measure(baseline: 80m, target: 85m, higherIsBetter: true), (decimal)latest)
        );

    [Fact]
    public void WithoutATarget_ProgressSaysSo() =>
        Assert.Equal(MeasureStatus.NoTarget, MeasureProgress.Of(Measure(target: null), 10m));

    [Fact]
    public void AMeasure_NeedsANameFrequencyAndDirection_AndAProviderFromThePartnership()
    {
        var partner = Guid.NewGuid();
        var errors = MeasureRules.Validate(
            new MeasureDetails(" ", null, null, null, new string('u', 61), null, null, null, Guid.NewGuid()),
            [partner]
        );
        Assert.Equal(
            ["Name", "Unit", "Frequency", "HigherIsBetter", "ProviderPartnerId"],
            errors.Select(e => e.Field).ToList()
        );
        Assert.Empty(
            MeasureRules.Validate(MeasureRules.BetterCareFundMetrics[0] with { ProviderPartnerId = partner }, [partner])
        );
    }

    [Fact]
    public void AValue_IsForAStartedPeriodOfTheMeasure()
    {
        var today = new DateOnly(2026, 12, 4);
        var m = Measure();
        Assert.Null(MeasureRules.RefuseValue(m, new DateOnly(2026, 10, 1), 1790m, today));
        Assert.Equal("Period", MeasureRules.RefuseValue(m, new DateOnly(2026, 11, 1), 1790m, today)!.Field);
        Assert.Equal(
            "The period must have started: you cannot record a value for the future",
            MeasureRules.RefuseValue(m, new DateOnly(2027, 1, 1), 1790m, today)!.Message
        );
        Assert.Equal("Value", MeasureRules.RefuseValue(m, new DateOnly(2026, 10, 1), 2_000_000_000_000m, today)!.Field);
    }
}
