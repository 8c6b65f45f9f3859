using CareCommissioning.Domain.Risks;

namespace CareCommissioning.Domain.Contracts.Implementation;

/// <summary>
/// One line of an organisation's risk appetite, set by its administrators: the highest score (5×5 matrix) it will
/// carry for risks of <see cref="Category"/>. Implementation plans are checked against it (CD-P16).
/// </summary>
public sealed class RiskAppetiteLimit : IAudited, IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public RiskCategory Category { get; set; }
    public int MaxScore { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
}
