namespace CareCommissioning.Web.Pages.Admin;

/// <summary>The addresses of the administration pages.</summary>
public static class AdminLinks
{
    public static string AdminUsers(this LinkGenerator links) => links.Page("/Admin/Users/Index");

    public static string AdminUser(this LinkGenerator links, string id) =>
        links.Page("/Admin/Users/Details", new { id });

    public static string AdminOrganisations(this LinkGenerator links) => links.Page("/Admin/Organisations/Index");

    public static string AdminOrganisation(this LinkGenerator links, Guid id) =>
        links.Page("/Admin/Organisations/Details", new { id });

    public static string AdminUserAdded(this LinkGenerator links, string id) =>
        links.Page("/Admin/Users/Added", new { id });

    public static string AdminUserPasswordReset(this LinkGenerator links, string id) =>
        links.Page("/Admin/Users/PasswordReset", new { id });
}
