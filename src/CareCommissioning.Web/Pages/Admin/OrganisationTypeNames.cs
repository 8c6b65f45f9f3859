using CareCommissioning.Domain.Organisations;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareCommissioning.Web.Pages.Admin;

public static class OrganisationTypeNames
{
    public static string Display(OrganisationType type) => type switch
    {
        OrganisationType.Council => "Council",
        OrganisationType.NhsBody => "NHS body",
        OrganisationType.VoluntarySector => "Voluntary sector",
        OrganisationType.CareProvider => "Care provider",
        _ => "Other",
    };

    public static IEnumerable<SelectListItem> Items() =>
        Enum.GetValues<OrganisationType>().Select(t => new SelectListItem(Display(t), t.ToString()));

    public static IEnumerable<SelectListItem> RoleItems() =>
        Enum.GetValues<Role>().Select(r => new SelectListItem(RoleNames.Display(r), r.ToString()));

    /// <summary>Parses a posted enum name strictly: numbers and unknown names are refused.</summary>
    public static bool TryParse<T>(string? value, out T result) where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: false, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _);
}
