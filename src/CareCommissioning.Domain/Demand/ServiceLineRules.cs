namespace CareCommissioning.Domain.Demand;

/// <summary>What makes a service line and its demand figures acceptable, in GOV.UK words; shared by pages and
/// API.</summary>
public static class ServiceLineRules
{
    public const int MaxProjectedYears = 10;
    public const decimal MaxUnitCost = 100_000_000m;
    public const decimal MaxVolume = 100_000_000m;
    public const decimal MinRate = -0.5m;
    public const decimal MaxRate = 1m;

    public static IReadOnlyList<FieldError> Validate(ServiceLineDetails d)
    {
        var errors = new FieldErrors();
        void Source(string field, string? value, string label)
        {
            if (value?.Length > ServiceLine.SourceMaxLength)
                errors.Add(field, $"{label} must be {ServiceLine.SourceMaxLength} characters or fewer");
        }

        errors.Text(
            nameof(d.Name),
            d.Name,
            ServiceLine.NameMaxLength,
            "Enter the name of the service line",
            $"Name must be {ServiceLine.NameMaxLength} characters or fewer"
        );
        errors.MaxLength(nameof(d.Description), d.Description, 2000, "Description must be 2,000 characters or fewer");
        errors.Text(
            nameof(d.Unit),
            d.Unit,
            ServiceLine.UnitMaxLength,
            "Enter the unit of volume, for example hours a week",
            $"Unit must be {ServiceLine.UnitMaxLength} characters or fewer"
        );
        if (d.UnitCost is null)
            errors.Add(nameof(d.UnitCost), "Enter the cost of one unit for a year");
        else if (d.UnitCost < 0)
            errors.Add(nameof(d.UnitCost), "Unit cost must be £0 or more");
        else if (d.UnitCost > MaxUnitCost)
            errors.Add(nameof(d.UnitCost), "Unit cost must be £100,000,000 or less");
        Source(nameof(d.UnitCostSource), d.UnitCostSource, "Source of the unit cost");
        if (d.BaseYear is null)
            errors.Add(nameof(d.BaseYear), "Enter the base financial year, like 2026/27");
        else if (d.BaseYear is < 2000 or > 2100)
            errors.Add(nameof(d.BaseYear), "Base year must be between 2000/01 and 2100/01");
        Rate(nameof(d.PriceInflation), d.PriceInflation, "Price inflation");
        Source(nameof(d.PriceInflationSource), d.PriceInflationSource, "Source of price inflation");
        Rate(nameof(d.GeneralInflation), d.GeneralInflation, "General inflation");
        Source(nameof(d.GeneralInflationSource), d.GeneralInflationSource, "Source of general inflation");
        return errors;

        void Rate(string field, decimal? rate, string label)
        {
            if (rate is < MinRate or > MaxRate)
                errors.Add(field, $"{label} must be between -50% and 100% a year");
        }
    }

    /// <summary>A demand figure for <paramref name="year"/> of a line based in <paramref name="baseYear"/>.</summary>
    public static string? ValidateFigure(int baseYear, int year, decimal volume, string? source)
    {
        if (year < baseYear || year > baseYear + MaxProjectedYears)
            return $"Year must be between {new FinancialYear(baseYear)} and {new FinancialYear(baseYear + MaxProjectedYears)}";
        if (volume < 0)
            return "Volume must be 0 or more";
        if (volume > MaxVolume)
            return "Volume must be 100,000,000 or less";
        if (source?.Length > ServiceLine.SourceMaxLength)
            return $"Source must be {ServiceLine.SourceMaxLength} characters or fewer";
        return null;
    }

    /// <summary>
    /// The commitment for each year that has a volume, from the base year: price inflation compounds from the base
    /// year, so a missing year in between still counts towards the price index.
    /// </summary>
    public static IReadOnlyList<YearCommitment> Commitment(ServiceLine line, IEnumerable<DemandFigure> figures)
    {
        var byYear = figures.ToDictionary(f => f.Year, f => f.Volume);
        if (byYear.Count == 0)
            return [];
        var last = byYear.Keys.Max();
        var years = last - line.BaseYear + 1;
        var volumes = Enumerable.Range(line.BaseYear, years).Select(y => byYear.GetValueOrDefault(y)).ToList();
        var rows = DemandProjection.Commitment(
            line.BaseFinancialYear,
            line.UnitCost,
            volumes,
            Enumerable.Repeat(line.PriceInflation, years).ToList(),
            Enumerable.Repeat(line.GeneralInflation, years).ToList()
        );
        return rows.Where(r => byYear.ContainsKey(r.Year.StartYear)).ToList();
    }
}
