namespace CareCommissioning.Domain.Organisations;

/// <summary>A user's role in one organisation. A user may hold several.</summary>
public sealed class Membership : IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string UserId { get; set; }
    public Guid OrganisationId { get; set; }
    public Role Role { get; set; }

    public string AuditKey => Id.ToString();
}
