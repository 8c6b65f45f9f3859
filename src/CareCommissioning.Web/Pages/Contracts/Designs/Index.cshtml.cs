namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>The organisation's contract designs: searchable by title, paged; each says how many outcomes it covers,
/// its recommended type and whether it is ready.</summary>
[Authorize(Policy = Policies.ContractOutcomesRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public Paged<ContractDesign> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public bool CanAdd { get; private set; }

    public async Task OnGetAsync()
    {
        var orgs = user.OrganisationsFor(Policies.ContractOutcomesRead);
        CanAdd = user.OrganisationsFor(Policies.ContractsWrite).Count > 0;
        var query = db.ContractDesigns.AsNoTracking().Where(d => orgs.Contains(d.OrganisationId));
        if (TextSearch.Pattern(Search) is { } pattern)
            query = query.Where(d => EF.Functions.Like(d.Title.ToLower(), pattern, TextSearch.Escape));
        Results = await Paged<ContractDesign>.ReadAsync(
            query.OrderBy(d => d.Title),
            PagerModel.RequestedPage(Request),
            Paged<ContractDesign>.DefaultPageSize
        );
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
    }
}
