using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Pages.Needs.Api;

public sealed record ServiceLineRequest
{
    [MaxLength(ServiceLine.NameMaxLength)]
    public required string Name { get; init; }

    [MaxLength(2000)]
    public string? Description { get; init; }

    [MaxLength(ServiceLine.UnitMaxLength)]
    public required string Unit { get; init; }

    /// <summary>Cost of one unit for a year, in base-year pounds.</summary>
    [Range(0, 100_000_000)]
    public required decimal UnitCost { get; init; }

    [MaxLength(ServiceLine.SourceMaxLength)]
    public string? UnitCostSource { get; init; }

    /// <summary>The base financial year's start year (2026 for 2026/27).</summary>
    [Range(2000, 2100)]
    public required int BaseYear { get; init; }

    /// <summary>Annual price inflation as a fraction (0.04 = 4%).</summary>
    [Range(-0.5, 1)]
    public decimal PriceInflation { get; init; }

    [MaxLength(ServiceLine.SourceMaxLength)]
    public string? PriceInflationSource { get; init; }

    /// <summary>Annual general inflation (GDP deflator) as a fraction.</summary>
    [Range(-0.5, 1)]
    public decimal GeneralInflation { get; init; }

    [MaxLength(ServiceLine.SourceMaxLength)]
    public string? GeneralInflationSource { get; init; }

    /// <summary>For PUT: the version you read.</summary>
    public int? Version { get; init; }

    /// <summary>For POST by someone who works for more than one organisation: the one the service line belongs
    /// to.</summary>
    public Guid? OrganisationId { get; init; }

    public ServiceLineDetails ToDetails() =>
        new(
            Name?.Trim(),
            Description,
            Unit?.Trim(),
            UnitCost,
            UnitCostSource,
            BaseYear,
            PriceInflation,
            PriceInflationSource,
            GeneralInflation,
            GeneralInflationSource
        );
}

public sealed record DemandFigureDto
{
    /// <summary>The financial year's start year.</summary>
    public required int Year { get; init; }

    [Range(0, 100_000_000)]
    public required decimal Volume { get; init; }
    public DemandBasis Basis { get; set; } = DemandBasis.Forecast;

    [MaxLength(ServiceLine.SourceMaxLength)]
    public string? Source { get; init; }
}

public sealed record CommitmentRow(
    string FinancialYear,
    int Year,
    decimal Volume,
    decimal PriceIndex,
    decimal UnitCost,
    decimal Nominal,
    decimal Real
);

public sealed record ServiceLineResponse(
    Guid Id,
    Guid OrganisationId,
    string Name,
    string? Description,
    string Unit,
    decimal UnitCost,
    string? UnitCostSource,
    int BaseYear,
    decimal PriceInflation,
    string? PriceInflationSource,
    decimal GeneralInflation,
    string? GeneralInflationSource,
    int Version,
    IReadOnlyList<DemandFigureDto> Demand,
    IReadOnlyList<CommitmentRow> Commitment
)
{
    public static ServiceLineResponse From(ServiceLine s, IReadOnlyList<DemandFigure> figures) =>
        new(
            s.Id,
            s.OrganisationId,
            s.Name,
            s.Description,
            s.Unit,
            s.UnitCost,
            s.UnitCostSource,
            s.BaseYear,
            s.PriceInflation,
            s.PriceInflationSource,
            s.GeneralInflation,
            s.GeneralInflationSource,
            s.Version,
            figures
                .OrderBy(f => f.Year)
                .Select(f => new DemandFigureDto
                {
                    Year = f.Year,
                    Volume = f.Volume,
                    Basis = f.Basis,
                    Source = f.Source,
                })
                .ToList(),
            ServiceLineRules
                .Commitment(s, figures)
                .Select(r => new CommitmentRow(
                    r.Year.ToString(),
                    r.Year.StartYear,
                    r.Volume,
                    r.PriceIndex,
                    r.UnitCost,
                    r.Nominal,
                    r.Real
                ))
                .ToList()
        );
}
