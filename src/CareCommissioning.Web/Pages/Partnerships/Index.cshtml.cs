namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>The partnerships the user's organisations take part in, searchable and paged.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Arrangement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public Paged<Row> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public bool CanAdd { get; private set; }

    public sealed record Row(Guid Id, string Name, ArrangementType Arrangement, PartnershipStatus Status, string Host);

    public async Task OnGetAsync()
    {
        CanAdd = user.OrganisationsFor(Policies.PartnershipsWrite).Count > 0;
        var query = PartnershipAccess.Filter(
            PartnershipAccess.Visible(db, user, Policies.PartnershipsRead),
            Search,
            Enum.TryParse<ArrangementType>(Arrangement, out var a) ? a : null,
            Enum.TryParse<PartnershipStatus>(Status, out var s) ? s : null
        );
        var rows =
            from p in query
            join o in db.Organisations on p.OrganisationId equals o.Id
            orderby p.Name, p.Id
            select new Row(p.Id, p.Name, p.Arrangement, p.Status, o.Name);
        Results = await Paged<Row>.ReadAsync(rows, PagerModel.RequestedPage(Request), Paged<Row>.DefaultPageSize);
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
    }

    public static IEnumerable<SelectListItem> ArrangementOptions =>
        [new("All types", ""), .. PartnershipForm.ArrangementItems];
    public static IEnumerable<SelectListItem> StatusOptions =>
        [new("All statuses", ""), .. PartnershipForm.StatusItems];
}
