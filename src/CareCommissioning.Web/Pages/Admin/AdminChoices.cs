namespace CareCommissioning.Web.Pages.Admin;

/// <summary>The organisation types and roles as choices on the administration pages, named by the domain's
/// tables.</summary>
public static class AdminChoices
{
    public static IEnumerable<SelectListItem> Items() =>
        Enum.GetValues<OrganisationType>()
            .Select(t => new SelectListItem(OrganisationTypeNames.Display(t), t.ToString()));

    public static IEnumerable<SelectListItem> RoleItems() =>
        Enum.GetValues<Role>().Select(r => new SelectListItem(RoleNames.Display(r), r.ToString()));

    /// <summary>Parses a posted enum name strictly: numbers and unknown names are refused.</summary>
    public static bool TryParse<T>(string? value, out T result)
        where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: false, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _);
}
