namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>Every KPI return now late across the organisation's running contracts, most days late first.</summary>
[Authorize(Policy = Policies.ContractsMonitor)]
public sealed class LateModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(PortfolioRow Contract, PortfolioRow.LateReturn Return)> Late { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await new PortfolioSearch(null, null, true, PortfolioSort.Late).ReadAsync(
            db,
            ContractAccess.StaffOrganisations(user),
            UkCalendar.Today(clock)
        );
        Late =
        [
            .. rows.SelectMany(r => r.Late.Select(l => (r, l)))
                .OrderByDescending(x => x.l.DaysLate)
                .ThenBy(x => x.r.Reference),
        ];
    }
}
