namespace CareCommissioning.Web.Infrastructure.Paging;

/// <summary>One page of a list, with what a pager and "showing x to y of z" need.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public int TotalPages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public int From => Total == 0 ? 0 : (Page - 1) * PageSize + 1;
    public int To => Math.Min(Page * PageSize, Total);

    /// <summary>Clamps a requested page and size to sensible bounds, so a hand-edited URL never fails.</summary>
    public static (int Page, int Size) Normalise(int? page, int? size) =>
        (Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultPageSize, 1, MaxPageSize));

    public static async Task<Paged<T>> ReadAsync(
        IQueryable<T> ordered,
        int? page,
        int? size,
        CancellationToken ct = default
    )
    {
        var (p, s) = Normalise(page, size);
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip((p - 1) * s).Take(s).ToListAsync(ct);
        return new Paged<T>(items, p, s, total);
    }
}
