namespace CareCommissioning.Web.Pages.Appraisals;

/// <summary>The options appraisals the user's organisations hold, searchable by title and filtered by status.</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public Paged<AppraisalRow> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public bool CanAdd { get; private set; }

    public sealed record AppraisalRow(
        Guid Id,
        string Title,
        AppraisalStatus Status,
        int BaseYear,
        int HorizonYears,
        DateTimeOffset UpdatedAt
    );

    public static IEnumerable<SelectListItem> StatusItems =>
        new[] { new SelectListItem("Any status", "") }.Concat(
            Enum.GetValues<AppraisalStatus>()
                .Select(s => new SelectListItem(AppraisalStatusNames.Display(s), s.ToString()))
        );

    public async Task OnGetAsync()
    {
        var visible = user.OrganisationsFor(Policies.AppraisalsRead);
        CanAdd = user.OrganisationsFor(Policies.AppraisalsWrite).Count > 0;
        var query = db.Appraisals.AsNoTracking().Where(a => visible.Contains(a.OrganisationId));
        if (TextSearch.Pattern(Search) is { } pattern)
            query = query.Where(a => EF.Functions.Like(a.Title.ToLower(), pattern, TextSearch.Escape));
        if (Enum.TryParse<AppraisalStatus>(Status, out var status) && Enum.IsDefined(status))
            query = query.Where(a => a.Status == status);
        else
            Status = null;
        Results = await Paged<AppraisalRow>.ReadAsync(
            query
                .OrderByDescending(a => a.UpdatedAt)
                .ThenBy(a => a.Id)
                .Select(a => new AppraisalRow(a.Id, a.Title, a.Status, a.BaseYear, a.HorizonYears, a.UpdatedAt)),
            PagerModel.RequestedPage(Request),
            Paged<AppraisalRow>.DefaultPageSize
        );
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
    }
}
