namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>A running contract's monitoring at a glance: its latest return's rating, how many KPIs that return had
/// red, and the returns now late.</summary>
public sealed record PortfolioRow(
    Guid Id,
    string Reference,
    string Title,
    string Supplier,
    KpiReturnPeriod? Latest,
    PerformanceRating? Rating,
    int RedKpis,
    IReadOnlyList<PortfolioRow.LateReturn> Late
)
{
    /// <summary>A period with no return past its due date. Its name is made only when shown: a portfolio can hold
    /// hundreds of thousands of late periods, and a page shows 25.</summary>
    public sealed record LateReturn(KpiReturnPeriod Of, DateOnly DueOn, int DaysLate)
    {
        public string Period => Of.Name;
        public DateOnly Start => Of.Start;
    }

    public int MostDaysLate => Late.Count == 0 ? 0 : Late.Max(l => l.DaysLate);

    /// <summary>The latest return's period by name, made only when shown.</summary>
    public string? LatestPeriod => Latest?.Name;
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
        // Each contract's returns in a few numbers (how many, the first and latest period, the latest's rating), each
        // a scalar subquery answered from the (contract, period) index: reading every return's row, or a subquery for
        // the latest return as a row (SQLite answers it with a window over every return), takes seconds at national
        // scale.
        var found = await contracts
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.Title,
                c.StartDate,
                c.EndDate,
                Supplier = db.Suppliers.Where(s => s.Id == c.SupplierId).Select(s => s.Name).FirstOrDefault() ?? "",
                Returns = db.ContractKpiReturns.Count(r => r.ContractId == c.Id),
                First = db
                    .ContractKpiReturns.Where(r => r.ContractId == c.Id)
                    .OrderBy(r => r.PeriodStart)
                    .Select(r => (DateOnly?)r.PeriodStart)
                    .FirstOrDefault(),
                Latest = db
                    .ContractKpiReturns.Where(r => r.ContractId == c.Id)
                    .OrderByDescending(r => r.PeriodStart)
                    .Select(r => (DateOnly?)r.PeriodStart)
                    .FirstOrDefault(),
                Rating = db
                    .ContractKpiReturns.Where(r => r.ContractId == c.Id)
                    .OrderByDescending(r => r.PeriodStart)
                    .Select(r => (PerformanceRating?)r.Rating)
                    .FirstOrDefault(),
                Red = db
                    .ContractKpiReturns.Where(r => r.ContractId == c.Id)
                    .OrderByDescending(r => r.PeriodStart)
                    .Select(r => (int?)r.RedCount)
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
        var owed = found
            .Select(c =>
            {
                var theirs = schedules[c.Id].ToList();
                // A period starting after today cannot be late, so the periods are made up to today only. One
                // schedule (the usual case) owes each of its periods once; several are merged by the period's start,
                // the return due when the longest of them is.
                var until = c.EndDate < today ? c.EndDate : today;
                IReadOnlyList<KpiReturnPeriod> periods =
                    theirs.Count == 1
                        ? KpiReturnPeriods.For(theirs[0].Frequency, c.StartDate, until, theirs[0].DaysToReturn)
                        : theirs
                            .SelectMany(k => KpiReturnPeriods.For(k.Frequency, c.StartDate, until, k.DaysToReturn))
                            .GroupBy(p => p.Start)
                            .Select(g => g.MaxBy(p => p.End)! with { DueOn = g.Max(p => p.DueOn) })
                            .OrderBy(p => p.Start)
                            .ToList();
                // Returns are only ever for the contract's periods, so when there are as many as periods from the
                // first to the latest, they are exactly those; only a contract with a gap needs its returns read.
                var unbroken =
                    c.Returns == 0 || periods.Count(p => p.Start >= c.First && p.Start <= c.Latest) == c.Returns;
                return (Contract: c, Periods: periods, Unbroken: unbroken);
            })
            .ToList();
        var broken = owed.Where(o => !o.Unbroken).Select(o => o.Contract.Id).ToList();
        var received = (
            broken.Count == 0
                ? []
                : await db
                    .ContractKpiReturns.Where(r => broken.Contains(r.ContractId))
                    .Select(r => new { r.ContractId, r.PeriodStart })
                    .ToListAsync()
        ).ToLookup(r => r.ContractId, r => r.PeriodStart);
        var rows = owed.Select(o =>
        {
            var c = o.Contract;
            var got = o.Unbroken ? null : received[c.Id].ToHashSet();
            bool Received(DateOnly start) =>
                got?.Contains(start) ?? (c.Returns > 0 && start >= c.First && start <= c.Latest);
            var late = o
                .Periods.Where(p => p.DueOn < today && !Received(p.Start))
                .Select(p => new PortfolioRow.LateReturn(p, p.DueOn, today.DayNumber - p.DueOn.DayNumber))
                .ToList();
            return new PortfolioRow(
                c.Id,
                c.Reference,
                c.Title,
                c.Supplier,
                c.Latest is { } l ? o.Periods.FirstOrDefault(p => p.Start == l) : null,
                c.Rating,
                c.Red ?? 0,
                late
            );
        });
        rows = rows.Where(r =>
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
