namespace CareCommissioning.Domain.Demand;

/// <summary>
/// A line of service the organisation commissions (homecare, residential care…), with its unit, its current unit cost
/// and the price and general inflation assumed from the base financial year, each with where the figure came from
/// (OA-P1, P2).
/// </summary>
public sealed class ServiceLine : IAudited, IVersioned, IOrganisationOwned
{
    public const int NameMaxLength = 200;
    public const int UnitMaxLength = 50;
    public const int SourceMaxLength = 500;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>What one unit of volume is, e.g. "hours a week" or "placements".</summary>
    public required string Unit { get; set; }

    /// <summary>Cost of one unit for a year, in base-year pounds.</summary>
    public decimal UnitCost { get; set; }
    public string? UnitCostSource { get; set; }

    /// <summary>The first year of the projection, as the start year of the financial year (2026 = 2026/27).</summary>
    public int BaseYear { get; set; }

    /// <summary>Annual rise in the unit price (fee uplift), as a fraction.</summary>
    public decimal PriceInflation { get; set; }
    public string? PriceInflationSource { get; set; }

    /// <summary>Annual general inflation (GDP deflator) used to show figures in real base-year terms, as a
    /// fraction.</summary>
    public decimal GeneralInflation { get; set; }
    public string? GeneralInflationSource { get; set; }
    public bool Archived { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public FinancialYear BaseFinancialYear => new(BaseYear);
}
