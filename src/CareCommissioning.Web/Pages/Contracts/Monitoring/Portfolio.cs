namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>A running contract's monitoring at a glance: its latest return's rating, how many KPIs that return had
/// red, and the returns now late.</summary>
public sealed record PortfolioRow(
    Guid Id,
    string Reference,
    string Title,
    string Supplier,
    string? LatestPeriod,
    PerformanceRating? Rating,
    int RedKpis,
    IReadOnlyList<PortfolioRow.LateReturn> Late
)
{
    public sealed record LateReturn(string Period, DateOnly Start, DateOnly DueOn, int DaysLate);

    public int MostDaysLate => Late.Count == 0 ? 0 : Late.Max(l => l.DaysLate);
}

public enum PortfolioSort
{
    Reference = 1,

    /// <summary>Worst rating first, then most returns late.</summary>
    Rating = 2,
    Late = 3,
}

/// <summary>
/// The monitoring of an organisation's running (active) contracts with KPIs: each one's latest return's rating as
/// received (<see cref="ContractKpiReturn.Rating"/>, so no value is rated again here) and its late returns, from the
/// KPIs' periods and the periods received. Filtered by rating and by late returns, searched by reference, title or
/// supplier, and sorted.
/// </summary>
public sealed record PortfolioSearch(string? Search, string? Rating, bool LateOnly, PortfolioSort Sort)
{
    public const string NotRated = "NotRated";

    public async Task<List<PortfolioRow>> ReadAsync(AppDbContext db, IReadOnlyList<Guid> organisations, DateOnly today)
    {
        var contracts = db
            .Contracts.AsNoTracking()
            .Where(c =>
                organisations.Contains(c.OrganisationId)
                && c.Status == ContractStatus.Active
                && db.ContractKpis.Any(k => k.ContractId == c.Id)
            );
        if (TextSearch.Pattern(Search) is { } pattern)
            contracts = contracts.Where(c =>
                EF.Functions.Like(c.Reference.ToLower(), pattern, TextSearch.Escape)
                || EF.Functions.Like(c.Title.ToLower(), pattern, TextSearch.Escape)
                || db.Suppliers.Any(s =>
                    s.Id == c.SupplierId && EF.Functions.Like(s.Name.ToLower(), pattern, TextSearch.Escape)
                )
            );
        var found = await contracts
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.Title,
                c.StartDate,
                c.EndDate,
                Supplier = db.Suppliers.Where(s => s.Id == c.SupplierId).Select(s => s.Name).FirstOrDefault() ?? "",
                Latest = db
                    .ContractKpiReturns.Where(r => r.ContractId == c.Id)
                    .OrderByDescending(r => r.PeriodStart)
                    .Select(r => new
                    {
                        r.PeriodStart,
                        r.Rating,
                        r.RedCount,
                    })
                    .FirstOrDefault(),
            })
            .ToListAsync();
        // Each contract's return schedules, not its KPIs: the five KPIs of a contract usually share one frequency and
        // deadline, and the periods of one schedule are the same for all of them.
        var schedules = (
            await db
                .ContractKpis.AsNoTracking()
                .Where(k => contracts.Select(c => c.Id).Contains(k.ContractId))
                .Select(k => new
                {
                    k.ContractId,
                    k.Frequency,
                    k.DaysToReturn,
                })
                .Distinct()
                .ToListAsync()
        ).ToLookup(k => k.ContractId);
        var received = (
            await db
                .ContractKpiReturns.Where(r => contracts.Select(c => c.Id).Contains(r.ContractId))
                .Select(r => new { r.ContractId, r.PeriodStart })
                .ToListAsync()
        )
            .GroupBy(r => r.ContractId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.PeriodStart).ToHashSet());
        var rows = found
            .Select(c =>
            {
                var theirs = schedules[c.Id].ToList();
                var got = received.GetValueOrDefault(c.Id) ?? [];
                // A period starting after today cannot be late, so the periods are made up to today only.
                var until = c.EndDate < today ? c.EndDate : today;
                var late = theirs
                    .SelectMany(k => KpiReturnPeriods.For(k.Frequency, c.StartDate, until, k.DaysToReturn))
                    .GroupBy(p => p.Start)
                    .Where(g => !got.Contains(g.Key) && g.Max(p => p.DueOn) < today)
                    .Select(g =>
                    {
                        var due = g.Max(p => p.DueOn);
                        return new PortfolioRow.LateReturn(
                            g.MaxBy(p => p.End)!.Name,
                            g.Key,
                            due,
                            today.DayNumber - due.DayNumber
                        );
                    })
                    .OrderBy(l => l.Start)
                    .ToList();
                var period = c.Latest is null
                    ? null
                    : theirs
                        .Where(k => KpiReturnPeriods.StartOf(k.Frequency, c.Latest.PeriodStart) == c.Latest.PeriodStart)
                        .Select(k =>
                            KpiReturnPeriods.For(
                                k.Frequency,
                                c.Latest.PeriodStart,
                                c.Latest.PeriodStart,
                                k.DaysToReturn
                            )[0]
                        )
                        .MaxBy(p => p.End)
                        ?.Name;
                return new PortfolioRow(
                    c.Id,
                    c.Reference,
                    c.Title,
                    c.Supplier,
                    period,
                    c.Latest?.Rating,
                    c.Latest?.RedCount ?? 0,
                    late
                );
            })
            .Where(r =>
                Rating is null or "" || (Rating == NotRated ? r.Rating is null : r.Rating?.ToString() == Rating)
            )
            .Where(r => !LateOnly || r.Late.Count > 0);
        return Sort switch
        {
            PortfolioSort.Rating =>
            [
                .. rows.OrderByDescending(r => r.Rating ?? 0)
                    .ThenByDescending(r => r.Late.Count)
                    .ThenBy(r => r.Reference),
            ],
            PortfolioSort.Late =>
            [
                .. rows.OrderByDescending(r => r.Late.Count)
                    .ThenByDescending(r => r.MostDaysLate)
                    .ThenBy(r => r.Reference),
            ],
            _ => [.. rows.OrderBy(r => r.Reference)],
        };
    }

    public static PortfolioSearch From(string? search, string? rating, string? late, string? sort) =>
        new(
            search,
            rating == NotRated || (Enum.TryParse<PerformanceRating>(rating, out var r) && Enum.IsDefined(r))
                ? rating
                : null,
            late == "yes",
            Enum.TryParse<PortfolioSort>(sort, out var s) && Enum.IsDefined(s) ? s : PortfolioSort.Rating
        );

    public static string RatingText(PerformanceRating? rating) =>
        rating is { } r
            ? $"{PerformanceRatingNames.Display(r)} ({RagStatusNames.Display(PerformanceRatingNames.Rag(r))})"
            : "Not rated";
}
