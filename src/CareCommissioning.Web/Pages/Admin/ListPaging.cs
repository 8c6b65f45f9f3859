using System.Globalization;

namespace CareCommissioning.Web.Pages.Admin;

/// <summary>
/// Reads the <c>page</c> query value leniently: a hand-edited or hostile value shows the first page, never an error.
/// Read from the query string itself: in Razor Pages the route value "page" is the page's own path.
/// </summary>
public static class ListPaging
{
    public static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1_000_000
            ? n
            : null;

    /// <summary>Reads one page; a page number past the end shows the last page instead of an empty list.</summary>
    public static async Task<Paged<T>> ReadAsync<T>(
        IQueryable<T> ordered,
        string? page,
        int size,
        CancellationToken ct = default
    )
    {
        var result = await Paged<T>.ReadAsync(ordered, Number(page), size, ct);
        return result.Items.Count == 0 && result.Total > 0 && result.Page > result.TotalPages
            ? await Paged<T>.ReadAsync(ordered, result.TotalPages, size, ct)
            : result;
    }
}
