namespace CareCommissioning.Web.Pages.Needs;

/// <summary>The service lines the organisation commissions, with each one's commitment in its base year (OA-P1,
/// P2).</summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public Paged<ServiceLine> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public IReadOnlyDictionary<Guid, IReadOnlyList<YearCommitment>> Commitments { get; private set; } =
        new Dictionary<Guid, IReadOnlyList<YearCommitment>>();
    public bool CanAdd { get; private set; }

    public async Task OnGetAsync()
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        CanAdd = user.OrganisationsFor(Policies.NeedsWrite).Count > 0;
        var query = db.ServiceLines.AsNoTracking().Where(s => visible.Contains(s.OrganisationId) && !s.Archived);
        if (TextSearch.Pattern(Search) is { } pattern)
            query = query.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern, TextSearch.Escape));
        Results = await Paged<ServiceLine>.ReadAsync(
            query.OrderBy(s => s.Name).ThenBy(s => s.Id),
            PagerModel.RequestedPage(Request),
            Paged<ServiceLine>.DefaultPageSize
        );
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
        var ids = Results.Items.Select(s => s.Id).ToList();
        var figures = await db.DemandFigures.AsNoTracking().Where(f => ids.Contains(f.ServiceLineId)).ToListAsync();
        Commitments = Results.Items.ToDictionary(
            s => s.Id,
            s => ServiceLineRules.Commitment(s, figures.Where(f => f.ServiceLineId == s.Id))
        );
    }
}
