using System.Linq.Expressions;

namespace CareCommissioning.Web.Infrastructure.Paging;

/// <summary>
/// One page of a list, with what a pager and "showing x to y of z" need. <see cref="Total"/> is exact unless <see
/// cref="TotalCapped"/>: then counting stopped there, and at least that many match.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, bool TotalCapped = false)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>The pages known to hold items: all of them, or when the count stopped, those up to where it
    /// stopped.</summary>
    public int TotalPages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public int From => Total == 0 ? 0 : (Page - 1) * PageSize + 1;
    public int To => Math.Min(Page * PageSize, Total);

    /// <summary>The total as a list says it: "1,234", or "more than 1,000" when the count stopped.</summary>
    public string TotalText => TotalCapped ? $"more than {Total - 1:N0}" : Total.ToString("N0");

    /// <summary>The number of pages as a list says it: "40", or "at least 41" when the count stopped.</summary>
    public string TotalPagesText => TotalCapped ? $"at least {TotalPages:N0}" : TotalPages.ToString("N0");

    /// <summary>The furthest page a URL may ask for: the rows it skips still fit in an <c>int</c>.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    /// <summary>Clamps a requested page and size to sensible bounds, so a hand-edited URL never fails.</summary>
    public static (int Page, int Size) Normalise(int? page, int? size) =>
        (Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(size ?? DefaultPageSize, 1, MaxPageSize));

    /// <summary>Reads one page and counts every match.</summary>
    public static Task<Paged<T>> ReadAsync(
        IQueryable<T> ordered,
        int? page,
        int? size,
        CancellationToken ct = default
    ) => ReadAsync(ordered, page, size, countUpTo: 0, ct);

    /// <summary>
    /// Reads one page and counts matches up to <paramref name="countUpTo"/> (0: all of them), and always far enough to
    /// know whether another page follows this one, so a pager (and an API client that pages until the total) still
    /// reaches every match. A common search term then costs a page and a short count, not a count of every match.
    /// </summary>
    public static async Task<Paged<T>> ReadAsync(
        IQueryable<T> ordered,
        int? page,
        int? size,
        int countUpTo,
        CancellationToken ct = default
    )
    {
        var (p, s) = Normalise(page, size);
        var items = await ordered.Skip((p - 1) * s).Take(s).ToListAsync(ct);
        // A page part filled is the last one, and the first page empty means none: the total is known without counting.
        if ((items.Count > 0 && items.Count < s) || (items.Count == 0 && p == 1))
            return new Paged<T>(items, p, s, (p - 1) * s + items.Count);
        if (countUpTo <= 0)
            return new Paged<T>(items, p, s, await ordered.CountAsync(ct));
        // One past the furthest of the cap and this page's last item: reaching it means there is more.
        var limit = (int)Math.Min(int.MaxValue - 1, Math.Max(countUpTo, (long)p * s)) + 1;
        var counted = await Unordered(ordered).Take(limit).CountAsync(ct);
        return new Paged<T>(items, p, s, counted, TotalCapped: counted == limit);
    }

    /// <summary>
    /// The query without its final ordering: how many match up to a limit does not depend on the order, and without it
    /// the database may find them by whichever index is quickest instead of walking the list's order.
    /// </summary>
    private static IQueryable<T> Unordered(IQueryable<T> ordered)
    {
        var expression = ordered.Expression;
        while (
            expression is MethodCallExpression call
            && call.Method.DeclaringType == typeof(Queryable)
            && call.Method.Name
                is nameof(Queryable.OrderBy)
                    or nameof(Queryable.OrderByDescending)
                    or nameof(Queryable.ThenBy)
                    or nameof(Queryable.ThenByDescending)
        )
            expression = call.Arguments[0];
        return ordered.Provider.CreateQuery<T>(expression);
    }
}
