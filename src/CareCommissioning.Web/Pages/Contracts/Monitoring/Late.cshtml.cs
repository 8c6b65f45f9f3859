namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>Every KPI return now late across the organisation's running contracts, most days late first, paged: a
/// large portfolio can have thousands.</summary>
[Authorize(Policy = Policies.ContractsMonitor)]
public sealed class LateModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public Paged<(PortfolioRow Contract, PortfolioRow.LateReturn Return)> Late { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;

    public async Task OnGetAsync()
    {
        var rows = await new PortfolioSearch(null, null, true, PortfolioSort.Late).ReadAsync(
            db,
            ContractAccess.StaffOrganisations(user),
            UkCalendar.Today(clock)
        );
        var all = rows.SelectMany(r => r.Late.Select(l => (r, l))).ToList();
        var (page, size) = Paged<PortfolioRow>.Normalise(PagerModel.RequestedPage(Request), null);
        page = Math.Min(page, Math.Max(1, (int)Math.Ceiling(all.Count / (double)size)));
        Late = new(
            [.. all.OrderByDescending(x => x.l.DaysLate).ThenBy(x => x.r.Reference).Skip((page - 1) * size).Take(size)],
            page,
            size,
            all.Count
        );
        Pager = PagerModel.From(Request, Late.Page, Late.TotalPages);
    }
}
