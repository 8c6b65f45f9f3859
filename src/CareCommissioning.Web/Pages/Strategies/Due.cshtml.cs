namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>The strategies whose evaluation is overdue or falls due within 90 days (EV-P21), the soonest
/// first.</summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class DueModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public Paged<Strategy> Results { get; private set; } = default!;
    public IReadOnlyList<StrategyRow> Rows { get; private set; } = [];
    public PagerModel Pager { get; private set; } = default!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = UkCalendar.Today(clock);
        Results = await Paged<Strategy>.ReadAsync(
            StrategyCommands.Due(db, user, Today),
            PagerModel.RequestedPage(Request),
            Paged<Strategy>.DefaultPageSize
        );
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
        Rows = await StrategyRow.OfAsync(db, user, Results.Items);
    }
}
