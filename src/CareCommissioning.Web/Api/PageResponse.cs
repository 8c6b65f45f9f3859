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
