using CareCommissioning.Domain.Common;

namespace CareCommissioning.Domain.Resources;

/// <summary>A budget head, funded from one source, with an amount for each financial year (OA-P3).</summary>
public sealed class BudgetHead : IAudited, IVersioned, IOrganisationOwned
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    /// <summary>The finance system's code for the head, if any.</summary>
    public string? Code { get; set; }
    public FundingSource Source { get; set; }
    public string? Description { get; set; }
    public bool Archived { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
}
