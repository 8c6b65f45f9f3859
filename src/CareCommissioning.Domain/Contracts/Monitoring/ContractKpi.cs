namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>
/// A key performance indicator written into a contract (CD-P13, P18): its <see cref="KpiDefinition"/> (what it
/// measures, the target, which way is better, the tolerance and the inadequate level), how often the provider returns
/// it and how long after each period it has, and the priority outcome it evidences, if any.
/// </summary>
public sealed class ContractKpi : IAudited, IVersioned, IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The contract's commissioning organisation.</summary>
    public Guid OrganisationId { get; set; }
    public Guid ContractId { get; set; }

    /// <summary>The priority outcome (of the same organisation) this KPI shows progress towards.</summary>
    public Guid? OutcomeId { get; set; }
    public required string Name { get; set; }
    public KpiUnit Unit { get; set; }
    public KpiDirection Direction { get; set; }
    public decimal Target { get; set; }
    public decimal AmberTolerance { get; set; }
    public decimal? RedThreshold { get; set; }
    public ReturnFrequency Frequency { get; set; }
    public int DaysToReturn { get; set; } = KpiReturnPeriods.DefaultDaysToReturn;
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public KpiDefinition Definition => new(Name, Unit, Target, Direction, AmberTolerance, RedThreshold);

    /// <summary>The periods of the contract this KPI is returned for.</summary>
    public IReadOnlyList<KpiReturnPeriod> Periods(DateOnly contractStart, DateOnly contractEnd) =>
        KpiReturnPeriods.For(Frequency, contractStart, contractEnd, DaysToReturn);

    /// <summary>Whether a return for the period starting <paramref name="periodStart"/> carries this KPI.</summary>
    public bool ReturnedFor(DateOnly periodStart) => KpiReturnPeriods.StartOf(Frequency, periodStart) == periodStart;
}

/// <summary>A KPI's answers as settled by a page or the API, checked by <see cref="ContractKpiRules"/>.</summary>
public sealed record ContractKpiDetails(
    KpiDefinition Definition,
    ReturnFrequency Frequency,
    int DaysToReturn,
    Guid? OutcomeId
)
{
    public void ApplyTo(ContractKpi k)
    {
        k.Name = Definition.Name.Trim();
        k.Unit = Definition.Unit;
        k.Direction = Definition.Direction;
        k.Target = Definition.Target;
        k.AmberTolerance = Definition.AmberTolerance;
        k.RedThreshold = Definition.RedThreshold;
        k.Frequency = Frequency;
        k.DaysToReturn = DaysToReturn;
        k.OutcomeId = OutcomeId;
    }

    public static ContractKpiDetails From(ContractKpi k) => new(k.Definition, k.Frequency, k.DaysToReturn, k.OutcomeId);
}

public static class ContractKpiRules
{
    /// <summary>The definition's rules (<see cref="KpiDefinitionRules"/>) and how often it is returned.</summary>
    public static IReadOnlyList<FieldError> Validate(ContractKpiDetails d)
    {
        var errors = new FieldErrors();
        foreach (var e in KpiDefinitionRules.Validate(d.Definition))
            errors.Add(e);
        errors.When(!Enum.IsDefined(d.Frequency), nameof(d.Frequency), "Select how often the provider sends the KPI");
        errors.When(
            d.DaysToReturn is < 0 or > KpiReturnPeriods.MaxDaysToReturn,
            nameof(d.DaysToReturn),
            $"Days to send the return must be from 0 to {KpiReturnPeriods.MaxDaysToReturn}"
        );
        return errors;
    }
}
