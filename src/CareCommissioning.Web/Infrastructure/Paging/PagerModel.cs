using Microsoft.AspNetCore.WebUtilities;

namespace CareCommissioning.Web.Infrastructure.Paging;

/// <summary>What the GOV.UK pagination partial needs: pages and a link for each that keeps the list's other query
/// values. <see cref="MorePages"/>: the count stopped, so pages follow <see cref="TotalPages"/> and the last is not
/// known.</summary>
public sealed record PagerModel(
    int Page,
    int TotalPages,
    string Path,
    IReadOnlyDictionary<string, string?> Query,
    bool MorePages = false
)
{
    public string LinkTo(int page)
    {
        var values = Query
            .Where(kv => !string.IsNullOrEmpty(kv.Value) && kv.Key != "page")
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        if (page > 1)
            values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Path, values);
    }

    /// <summary>The page numbers to show: first, last, and two either side of the current one; null marks a gap. When
    /// the last page is not known, no number claims to be it: the numbers stop two after the current page and a gap
    /// follows.</summary>
    public IEnumerable<int?> Numbers()
    {
        var end = MorePages ? Math.Min(TotalPages, Page + 2) : TotalPages;
        int? last = null;
        for (var p = 1; p <= end; p++)
        {
            if (p != 1 && p != end && Math.Abs(p - Page) > 2)
                continue;
            if (last is int l && p - l > 1)
                yield return null;
            yield return p;
            last = p;
        }
        if (MorePages)
            yield return null;
    }

    /// <summary>The <c>page</c> query value. Read directly: Razor Pages reserves "page" as a route value
    /// name.</summary>
    public static int? RequestedPage(HttpRequest request) =>
        int.TryParse(request.Query["page"], out var page) ? page : null;

    public static PagerModel From(HttpRequest request, int page, int totalPages, bool morePages = false) =>
        new(
            page,
            totalPages,
            request.Path,
            request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()),
            morePages
        );

    /// <summary>The pager of <paramref name="results"/>, which knows whether their count stopped.</summary>
    public static PagerModel From<T>(HttpRequest request, Paged<T> results) =>
        From(request, results.Page, results.TotalPages, results.TotalCapped);
}
