using System.Globalization;

namespace CareCommissioning.Web.Pages.Admin;

/// <summary>
/// Reads the <c>page</c> query value leniently: a hand-edited or hostile value shows the first page, never an error.
/// Read from the query string itself: in Razor Pages the route value "page" is the page's own path.
/// </summary>
public static class ListPaging
{
    public static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1_000_000 ? n : null;
}
