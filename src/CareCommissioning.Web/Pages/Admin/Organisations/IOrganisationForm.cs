namespace CareCommissioning.Web.Pages.Admin.Organisations;

/// <summary>A page that shows the organisation fields partial.</summary>
public interface IOrganisationForm
{
    OrganisationInput Input { get; }
}
