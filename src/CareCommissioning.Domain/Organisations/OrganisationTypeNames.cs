namespace CareCommissioning.Domain.Organisations;

/// <summary>How each OrganisationType reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class OrganisationTypeNames
{
    public static string Display(OrganisationType value) =>
        value switch
        {
            OrganisationType.Council => "Council",
            OrganisationType.NhsBody => "NHS body",
            OrganisationType.VoluntarySector => "Voluntary sector",
            OrganisationType.CareProvider => "Care provider",
            _ => "Other",
        };
}
