using Microsoft.AspNetCore.WebUtilities;

namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>
/// The strategy library (EV-P2): the organisation's policies, strategies and plans and those its partners share, in one
/// list to search, filter and download, each with when its next evaluation is due (EV-P21).
/// </summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Whose { get; set; }

    public Paged<Strategy> Results { get; private set; } = default!;
    public IReadOnlyList<StrategyRow> Rows { get; private set; } = [];
    public PagerModel Pager { get; private set; } = default!;
    public bool CanAdd { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = UkCalendar.Today(clock);
        CanAdd = user.OrganisationsFor(Policies.EvaluationsWrite).Count > 0;
        var query = StrategySearch.Parse(Search, Kind, Status, Whose).Apply(db, user);
        Results = await Paged<Strategy>.ReadAsync(
            query,
            PagerModel.RequestedPage(Request),
            Paged<Strategy>.DefaultPageSize
        );
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
        Rows = await StrategyRow.OfAsync(db, user, Results.Items);
    }

    public static IEnumerable<SelectListItem> KindOptions => [new("All kinds", ""), .. StrategyForm.KindItems];
    public static IEnumerable<SelectListItem> StatusOptions => [new("All statuses", ""), .. StrategyForm.StatusItems];
    public static IEnumerable<SelectListItem> WhoseOptions =>
        [
            new("Ours and our partners'", ""),
            new("Ours", StrategySearch.Ours),
            new("Our partners'", StrategySearch.Partners),
        ];

    public string DownloadLink(string format) =>
        QueryHelpers.AddQueryString(
            this.Links().Page("/Strategies/Download")!,
            new Dictionary<string, string?>
            {
                ["format"] = format,
                ["search"] = Search,
                ["kind"] = Kind,
                ["status"] = Status,
                ["whose"] = Whose,
            }.Where(p => !string.IsNullOrEmpty(p.Value))
        );
}
