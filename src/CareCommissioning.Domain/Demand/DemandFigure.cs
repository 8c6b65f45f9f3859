namespace CareCommissioning.Domain.Demand;

/// <summary>The volume of a service line in one financial year, entered, imported or projected, with its
/// source.</summary>
public sealed class DemandFigure : IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ServiceLineId { get; set; }

    /// <summary>The financial year's start year.</summary>
    public int Year { get; set; }
    public decimal Volume { get; set; }
    public DemandBasis Basis { get; set; }
    public string? Source { get; set; }

    public string AuditKey => Id.ToString();
}
