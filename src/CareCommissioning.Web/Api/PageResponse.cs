namespace CareCommissioning.Web.Api;

/// <summary>
/// One page of a list: <c>{ items, page, pageSize, total, totalCapped }</c>. <c>total</c> is exact unless
/// <c>totalCapped</c> is true: then the list stopped counting (a search that matches very many), and at least
/// <c>total</c> items match. Each page counts far enough to say whether another follows it, so a client that asks for
/// pages until <c>page × pageSize</c> reaches <c>total</c> still reads every item.
/// </summary>
public sealed record PageResponse<T>(
    IReadOnlyList<T> Items,
    int Page,
    int PageSize,
    int Total,
    bool TotalCapped = false
);

public static class PageResponse
{
    /// <summary>The API's page of a list read with <see cref="Paged{T}"/>.</summary>
    public static PageResponse<T> From<T>(Paged<T> page) => From(page, item => item);

    /// <summary>The same, each item shown with <paramref name="show"/>.</summary>
    public static PageResponse<TItem> From<TRow, TItem>(Paged<TRow> page, Func<TRow, TItem> show) =>
        new(page.Items.Select(show).ToList(), page.Page, page.PageSize, page.Total, page.TotalCapped);
}
