namespace CareCommissioning.Domain.Demand;

/// <summary>What a person sets on a service line, as entered.</summary>
public sealed record ServiceLineDetails(
    string? Name,
    string? Description,
    string? Unit,
    decimal? UnitCost,
    string? UnitCostSource,
    int? BaseYear,
    decimal? PriceInflation,
    string? PriceInflationSource,
    decimal? GeneralInflation,
    string? GeneralInflationSource
)
{
    public static ServiceLineDetails From(ServiceLine s) =>
        new(
            s.Name,
            s.Description,
            s.Unit,
            s.UnitCost,
            s.UnitCostSource,
            s.BaseYear,
            s.PriceInflation,
            s.PriceInflationSource,
            s.GeneralInflation,
            s.GeneralInflationSource
        );

    public void ApplyTo(ServiceLine s)
    {
        s.Name = Name!;
        s.Description = Description;
        s.Unit = Unit!;
        s.UnitCost = UnitCost!.Value;
        s.UnitCostSource = UnitCostSource;
        s.BaseYear = BaseYear!.Value;
        s.PriceInflation = PriceInflation ?? 0m;
        s.PriceInflationSource = PriceInflationSource;
        s.GeneralInflation = GeneralInflation ?? 0m;
        s.GeneralInflationSource = GeneralInflationSource;
    }
}
