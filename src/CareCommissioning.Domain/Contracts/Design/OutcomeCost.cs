namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>
/// What achieving one outcome costs (CD-P10): a unit (an hour of care, a week's break), its cost, how many a year and
/// for how many years. The cost is exact; only the display rounds. Where the organisation's fair cost of care rate for
/// the unit is given (METHODS §5.3, the local median cost of providing it), a unit cost below it is flagged: paying
/// less than providers' median cost puts the market's sustainability at risk.
/// </summary>
public sealed record OutcomeCost(
    Guid OutcomeId,
    string Unit,
    decimal UnitCost,
    decimal UnitsPerYear,
    int Years,
    decimal? FairCostRate
)
{
    public const int MaxYears = 15;

    public decimal AnnualCost => UnitCost * UnitsPerYear;

    public decimal Cost => AnnualCost * Years;

    public bool BelowFairCost => FairCostRate is { } fair && UnitCost < fair;

    /// <summary>How much less than the fair cost of care each unit is paid; zero when it is not below.</summary>
    public decimal ShortfallPerUnit => BelowFairCost ? FairCostRate!.Value - UnitCost : 0m;
}
