using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Pages.Risks;

[Authorize(Policy = Policies.RisksRead)]
public sealed class IndexModel(
    AppDbContext db,
    CurrentUser user,
    TimeProvider clock,
    IOptions<ListCountOptions> counting
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Band { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Positive { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public Paged<Risk> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public RiskHeatMap HeatMap { get; private set; } = default!;
    public string HeatMapSvg { get; private set; } = "";
    public bool Residual => View == "residual";
    public bool CanAdd { get; private set; }

    public async Task OnGetAsync()
    {
        var visible = user.OrganisationsFor(Policies.RisksRead);
        CanAdd = user.OrganisationsFor(Policies.RisksWrite).Count > 0;
        var query = RiskSearch
            .Parse(Search, Category, Status, Band, Positive, Overdue, RiskAccess.Today(clock))
            .Apply(db.Risks.AsNoTracking(), visible);
        Results = await Paged<Risk>.ReadAsync(
            query,
            PagerModel.RequestedPage(Request),
            Paged<Risk>.DefaultPageSize,
            counting.Value.CountUpTo
        );
        Pager = PagerModel.From(Request, Results);

        // The heat map covers the whole filtered set, not just this page.
        var ratings = Residual
            ? await query.Select(r => new { L = r.ResidualLikelihood, I = r.ResidualImpact }).ToListAsync()
            : await query.Select(r => new { L = (int?)r.Likelihood, I = (int?)r.Impact }).ToListAsync();
        HeatMap = RiskHeatMap.Build(ratings.Select(r => (r.L, r.I)));
        HeatMapSvg = RiskHeatMapChart.Render(
            HeatMap,
            Residual
                ? "Risks by likelihood and impact after mitigation"
                : "Risks by likelihood and impact before mitigation"
        );
    }

    public IEnumerable<SelectListItem> CategoryOptions => [new("All categories", ""), .. RiskForm.CategoryItems];
    public IEnumerable<SelectListItem> StatusOptions => [new("All statuses", ""), .. RiskForm.StatusItems];
    public static IEnumerable<SelectListItem> BandOptions =>
        [
            new("All bands", ""),
            .. Enum.GetValues<RiskBand>()
                .Reverse()
                .Select(b => new SelectListItem(RiskBandNames.Display(b), b.ToString())),
        ];
    public static IEnumerable<SelectListItem> AnyYesNo => [new("Any", ""), new("Yes", "yes"), new("No", "no")];
    public static IEnumerable<SelectListItem> OverdueItems => [new("Only risks overdue for review", "yes")];
    public static IEnumerable<SelectListItem> ViewItems =>
        [new("Before mitigation", ""), new("After mitigation", "residual")];

    public string ExportLink => "/risks/export.csv" + Request.QueryString;
}
