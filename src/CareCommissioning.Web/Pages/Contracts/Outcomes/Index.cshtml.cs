namespace CareCommissioning.Web.Pages.Contracts.Outcomes;

/// <summary>The organisation's priority outcomes for contracts (CD-P1, P5): searchable, filtered by where they stand,
/// paged; each says who agreed it and whether it is recommended for a contract.</summary>
[Authorize(Policy = Policies.ContractOutcomesRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>"recommended", "assessing" (not yet recommended) or blank for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    public Paged<ContractOutcome> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public bool CanAdd { get; private set; }

    public async Task OnGetAsync()
    {
        var orgs = user.OrganisationsFor(Policies.ContractOutcomesRead);
        CanAdd = user.OrganisationsFor(Policies.ContractsWrite).Count > 0;
        var query = db.ContractOutcomes.AsNoTracking().Where(o => orgs.Contains(o.OrganisationId));
        if (TextSearch.Pattern(Search) is { } pattern)
            query = query.Where(o =>
                EF.Functions.Like(o.Title.ToLower(), pattern, TextSearch.Escape)
                || (o.Indicator != null && EF.Functions.Like(o.Indicator.ToLower(), pattern, TextSearch.Escape))
            );
        query = Stage switch
        {
            "recommended" => query.Where(o => o.Recommended),
            "assessing" => query.Where(o => !o.Recommended),
            _ => query,
        };
        Results = await Paged<ContractOutcome>.ReadAsync(
            query.OrderBy(o => o.Recommended).ThenBy(o => o.Title),
            PagerModel.RequestedPage(Request),
            Paged<ContractOutcome>.DefaultPageSize
        );
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
    }

    public static IEnumerable<SelectListItem> StageItems =>
        [new("All outcomes", ""), new("Being assessed", "assessing"), new("Recommended for a contract", "recommended")];
}
