namespace CareCommissioning.Web.Infrastructure.TagHelpers;

/// <summary>
/// The page title convention, kept in one place: "Error: " first when the page shows an error summary. The summary
/// marks the request when it renders, and the layout, which renders after the page's body, reads the mark; so a page
/// sets only its title.
/// </summary>
public static class ErrorTitle
{
    private static readonly object Key = new();

    /// <summary>Called by <see cref="GovukErrorSummaryTagHelper"/> when it shows errors, from the page or one of its
    /// partials.</summary>
    public static void MarkShown(HttpContext http) => http.Items[Key] = true;

    public static string For(string title, HttpContext http) => http.Items.ContainsKey(Key) ? "Error: " + title : title;
}
