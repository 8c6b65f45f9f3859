using CareCommissioning.Domain.Contracts.Monitoring;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>What a KPI return must be: for a period of the contract's KPIs that is over and not closed, with a value
/// of the right kind for each KPI of the period and nothing else; and what a poor-performance action needs.</summary>
public sealed class KpiReturnRulesTests
{
    private static readonly DateOnly Start = new(2026, 4, 1);
    private static readonly DateOnly End = new(2029, 3, 31);
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static ContractKpi Kpi(string name, KpiUnit unit, ReturnFrequency frequency) =>
        new()
        {
            Name = name,
            Unit = unit,
            Direction = KpiDirection.HigherIsBetter,
            Target = unit == KpiUnit.YesNo ? 1 : 95,
            Frequency = frequency,
        };

    private static readonly ContractKpi OnTime = Kpi("Visits on time", KpiUnit.Percentage, ReturnFrequency.Quarterly);
    private static readonly ContractKpi Audit = Kpi("Audit done", KpiUnit.YesNo, ReturnFrequency.Monthly);
    private static readonly ContractKpi[] Both = [OnTime, Audit];

    [Fact]
    public void AQuarterStart_CarriesBothKpis_AMonthStart_OnlyTheMonthlyOne()
    {
        Assert.Equal([OnTime, Audit], KpiReturnRules.KpisFor(Both, new DateOnly(2026, 7, 1)));
        Assert.Equal([Audit], KpiReturnRules.KpisFor(Both, new DateOnly(2026, 8, 1)));
    }

    [Theory]
    [InlineData("2026-07-01", null)]
    [InlineData("2026-08-01", null)]
    [InlineData("2026-08-15", "Select a month: it starts on the 1st")]
    [InlineData("2026-01-01", "The contract runs from 1 April 2026 to 31 March 2029: select a period within it")]
    [InlineData("2026-10-01", "The period ends on 31 December 2026: send its return once it is over")]
    [InlineData("2026-04-01", "The return for this period has been accepted and the period closed: it cannot change")]
    public void APeriod_IsRefused_WhenNotAStart_OutsideTheContract_NotOver_OrClosed(string day, string? message)
    {
        var refused = KpiReturnRules.RefusePeriod(Both, DateOnly.Parse(day), Start, End, [Start], Today);
        Assert.Equal(message, refused?.Message);
    }

    [Fact]
    public void ACompleteReturn_IsRead_WithItsComments()
    {
        var errors = KpiReturnRules.ReadValues(
            Both,
            Both,
            [new(OnTime.Id, "96.5%", "  Good quarter "), new(Audit.Id, "yes", null)],
            new DateOnly(2026, 7, 1),
            out var values
        );
        Assert.Empty(errors);
        Assert.Equal([96.5m, 1m], values.Select(v => v.Value));
        Assert.Equal("Good quarter", values[0].Comment);
        Assert.All(values, v => Assert.Equal(new DateOnly(2026, 7, 1), v.PeriodStart));
    }

    [Fact]
    public void WrongValues_OtherKpis_Repeats_AndMissingKpis_AreEachNamed()
    {
        var stranger = Kpi("Someone else's", KpiUnit.Count, ReturnFrequency.Quarterly);
        var errors = KpiReturnRules.ReadValues(
            [OnTime],
            Both,
            [
                new(OnTime.Id, "104%", null),
                new(stranger.Id, "1", null),
                new(Audit.Id, "yes", null),
                new(OnTime.Id, "90", null),
            ],
            new DateOnly(2026, 8, 1),
            out var values
        );
        Assert.Empty(values);
        Assert.Equal(
            [
                ("Values[0].Value", "Visits on time: a percentage must be from 0 to 100"),
                ("Values[1].KpiId", "That KPI is not one of this contract's"),
                ("Values[2].KpiId", "That KPI is not returned for this period"),
                ("Values[3].KpiId", "'Visits on time' is given more than once"),
            ],
            errors.Select(e => (e.Field, e.Message))
        );

        var missing = KpiReturnRules.ReadValues(Both, Both, [new(OnTime.Id, "96", null)], Start, out _);
        Assert.Equal("Enter a value for every KPI of the period: Audit done", Assert.Single(missing).Message);
    }

    [Fact]
    public void AnAction_IsOnlyForARedKpi_AndClosingItNeedsItsOutcome()
    {
        var action = new PerformanceActionDetails(
            Guid.NewGuid(),
            PerformanceStage.ImprovementPlan,
            "Recruit four care workers",
            "Contract manager",
            new DateOnly(2027, 1, 31),
            null,
            null
        );
        Assert.Empty(PerformanceActionRules.Validate(action, Today, true, PerformanceRating.RequiresImprovement));
        Assert.Empty(PerformanceActionRules.Validate(action, Today, true, PerformanceRating.Inadequate));
        Assert.Equal(
            ["KpiId"],
            PerformanceActionRules
                .Validate(action, Today, true, PerformanceRating.ApproachingTarget)
                .Select(e => e.Field)
        );
        Assert.Equal(
            ["Outcome", "ClosedOn"],
            PerformanceActionRules
                .Validate(action with { ClosedOn = Today.AddDays(1) }, Today, false, null)
                .Select(e => e.Field)
        );
        Assert.Empty(
            PerformanceActionRules.Validate(action with { ClosedOn = Today, Outcome = "Done" }, Today, false, null)
        );
        var blank = new PerformanceActionDetails(null, null, " ", "", null, null, null);
        Assert.Equal(
            ["KpiId", "Stage", "Agreed", "Owner", "DueOn"],
            PerformanceActionRules.Validate(blank, Today, true, null).Select(e => e.Field)
        );
    }

    [Fact]
    public void AContractKpi_NeedsAFrequency_AndDaysToReturnWithin90()
    {
        var details = new ContractKpiDetails(OnTime.Definition, (ReturnFrequency)0, 91, null);
        Assert.Equal(["Frequency", "DaysToReturn"], ContractKpiRules.Validate(details).Select(e => e.Field));
    }
}
