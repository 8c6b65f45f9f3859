namespace CareCommissioning.Web.Infrastructure.Links;

/// <summary>
/// Typed links. Each capability's <c>&lt;Capability&gt;Links</c> names the addresses of its pages, generated from the
/// pages' own
/// <c>@page</c> routes, so a link cannot drift from its page; a page that cannot be linked to fails loudly rather than
/// rendering an empty <c>href</c>. Views reach them through the <c>Links</c> the layout imports.
/// </summary>
public static class PageLinks
{
    public static string Page(this LinkGenerator links, string page, object? values = null) =>
        links.GetPathByPage(page, handler: null, values: values)
        ?? throw new InvalidOperationException($"There is no address for the page {page} with {values}");

    /// <summary>The links for a page model's own redirects: <c>Redirect(this.Links().Risk(id))</c>.</summary>
    public static LinkGenerator Links(this PageModel page) =>
        page.HttpContext.RequestServices.GetRequiredService<LinkGenerator>();
}
