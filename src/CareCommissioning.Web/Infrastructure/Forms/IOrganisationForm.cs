namespace CareCommissioning.Web.Infrastructure.Forms;

/// <summary>A form that asks which organisation a new record belongs to (see <see
/// cref="OrganisationChoice"/>).</summary>
public interface IOrganisationForm
{
    string? OrganisationId { get; set; }
}
