using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Contracts.Monitoring;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>What makes a KPI definition acceptable before values are rated against it.</summary>
public sealed class KpiDefinitionRulesTests
{
    private static readonly KpiDefinition CallsOnTime = new(
        "Calls on time",
        KpiUnit.Percentage,
        95m,
        KpiDirection.HigherIsBetter,
        3m,
        85m
    );

    private static IEnumerable<FieldError> Errors(KpiDefinition d) => KpiDefinitionRules.Validate(d);

    [Fact]
    public void AWellFormedKpi_HasNoErrors()
    {
        Assert.Empty(Errors(CallsOnTime));
        Assert.Empty(Errors(new("Missed calls", KpiUnit.Percentage, 2m, KpiDirection.LowerIsBetter, 1m, 5m)));
        Assert.Empty(Errors(new("Safeguarding policy in place", KpiUnit.YesNo, 1m, KpiDirection.HigherIsBetter)));
    }

    [Fact]
    public void ABlankName_IsRefused() =>
        Assert.Contains(new FieldError("Name", "Enter the name of the KPI"), Errors(CallsOnTime with { Name = " " }));

    [Fact]
    public void APercentageTargetOver100_IsRefused() =>
        Assert.Contains(
            new FieldError("Target", "A percentage must be from 0 to 100"),
            Errors(CallsOnTime with { Target = 101m })
        );

    [Fact]
    public void ANegativeTolerance_IsRefused() =>
        Assert.Contains(
            new FieldError("AmberTolerance", "A percentage must be from 0 to 100"),
            Errors(CallsOnTime with { AmberTolerance = -1m })
        );

    [Fact]
    public void ACountToleranceMustBeWhole() =>
        Assert.Contains(
            new FieldError("AmberTolerance", "A count must be a whole number"),
            Errors(new("Complaints", KpiUnit.Count, 2m, KpiDirection.LowerIsBetter, 0.5m))
        );

    [Fact]
    public void AnInadequateLevelInsideTheTolerance_IsRefused_HigherIsBetter() =>
        Assert.Contains(
            new FieldError(
                "RedThreshold",
                "The inadequate threshold must be below the target by at least the tolerance: 92% or lower"
            ),
            Errors(CallsOnTime with { RedThreshold = 92.01m })
        );

    [Fact]
    public void AnInadequateLevelAtTheEdgeOfTheTolerance_IsAllowed() =>
        Assert.Empty(Errors(CallsOnTime with { RedThreshold = 92m }));

    [Fact]
    public void AnInadequateLevelInsideTheTolerance_IsRefused_LowerIsBetter() =>
        Assert.Contains(
            new FieldError(
                "RedThreshold",
                "The inadequate threshold must be above the target by at least the tolerance: 3% or higher"
            ),
            Errors(new("Missed calls", KpiUnit.Percentage, 2m, KpiDirection.LowerIsBetter, 1m, 2.5m))
        );

    [Fact]
    public void AYesOrNoKpi_HasNoToleranceOrThreshold()
    {
        var errors = Errors(new("Policy in place", KpiUnit.YesNo, 1m, KpiDirection.HigherIsBetter, 1m, 0m));
        Assert.Contains(new FieldError("AmberTolerance", "A yes or no KPI has no tolerance: it is met or not"), errors);
        Assert.Contains(
            new FieldError("RedThreshold", "A yes or no KPI has no inadequate threshold: it is met or not"),
            errors
        );
    }

    [Fact]
    public void AnUnknownUnit_IsRefused() =>
        Assert.Contains(
            new FieldError("Unit", "Select what the KPI measures"),
            Errors(CallsOnTime with { Unit = (KpiUnit)99 })
        );
}
