namespace CareCommissioning.Domain.Common;

/// <summary>A record that belongs to one organisation; who may see it follows from that.</summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; }
}
