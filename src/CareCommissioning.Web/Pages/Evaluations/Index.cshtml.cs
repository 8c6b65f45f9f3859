namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>The evaluations the person's organisations run or are invited to: searchable by title, filtered by stage,
/// paged; each with its strategy, organisation and next step.</summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public sealed record Row(StrategyEvaluation Evaluation, string Strategy, string Organisation);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public EvaluationStage? Stage { get; set; }

    public Paged<Row> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public bool CanAdd { get; private set; }

    public static IEnumerable<SelectListItem> StageItems =>
        [
            new("Any stage", ""),
            .. Enum.GetValues<EvaluationStage>()
                .Select(s => new SelectListItem(EvaluationStageNames.Display(s), s.ToString())),
        ];

    public async Task OnGetAsync()
    {
        CanAdd = user.OrganisationsFor(Policies.EvaluationsWrite).Count > 0;
        var query = EvaluationAccess.Visible(db, user, Policies.EvaluationsRead);
        if (TextSearch.Pattern(Search) is { } pattern)
            query = query.Where(e => EF.Functions.Like(e.Title.ToLower(), pattern, TextSearch.Escape));
        if (Stage is { } stage && Enum.IsDefined(stage))
            query = query.Where(e => e.Stage == stage);
        var rows =
            from e in query
            join s in db.Strategies.AsNoTracking() on e.StrategyId equals s.Id
            join o in db.Organisations.AsNoTracking() on e.OrganisationId equals o.Id
            orderby e.Title
            select new Row(e, s.Title, o.Name);
        Results = await Paged<Row>.ReadAsync(rows, PagerModel.RequestedPage(Request), Paged<Row>.DefaultPageSize);
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
    }
}
