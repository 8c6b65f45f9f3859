using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>
/// The portfolio dashboard (CD-P18): every running contract with KPIs, with its latest rating in the Procurement Act's
/// words and as red, amber or green, the KPIs red in that return and the returns late. Filtered, searched, sorted,
/// paged and downloadable; for the commissioning organisation's staff.
/// </summary>
[Authorize(Policy = Policies.ContractsMonitor)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Rating { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Late { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public Paged<PortfolioRow> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;

    public static readonly IReadOnlyList<string> Columns =
    [
        "Reference",
        "Title",
        "Supplier",
        "Latest return",
        "Rating",
        "RAG",
        "KPIs red",
        "Returns late",
        "Most days late",
    ];

    public async Task OnGetAsync()
    {
        var rows = await ReadAsync();
        var (page, size) = Paged<PortfolioRow>.Normalise(PagerModel.RequestedPage(Request), null);
        var pages = Math.Max(1, (int)Math.Ceiling(rows.Count / (double)size));
        page = Math.Min(page, pages);
        Results = new([.. rows.Skip((page - 1) * size).Take(size)], page, size, rows.Count);
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
    }

    /// <summary>The filtered dashboard as CSV or Excel.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string format)
    {
        if (format is not ("csv" or "xlsx"))
            return NotFound();
        var cells = (await ReadAsync())
            .Select(r =>
                (IReadOnlyList<string>)
                    [
                        r.Reference,
                        r.Title,
                        r.Supplier,
                        r.LatestPeriod ?? "",
                        r.Rating is { } x ? PerformanceRatingNames.Display(x) : "Not rated",
                        r.Rating is { } y ? RagStatusNames.Display(PerformanceRatingNames.Rag(y)) : "",
                        r.RedKpis.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        r.Late.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        r.MostDaysLate.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ]
            )
            .ToList();
        return TableFile.Of(format, "Contract monitoring", Columns, cells, "contract-monitoring");
    }

    private Task<List<PortfolioRow>> ReadAsync() =>
        PortfolioSearch
            .From(Search, Rating, Late, Sort)
            .ReadAsync(db, ContractAccess.StaffOrganisations(user), UkCalendar.Today(clock));

    public static IEnumerable<SelectListItem> RatingOptions =>
        [
            new("All ratings", ""),
            .. Enum.GetValues<PerformanceRating>()
                .Select(r => new SelectListItem(PortfolioSearch.RatingText(r), r.ToString())),
            new("Not rated yet", PortfolioSearch.NotRated),
        ];

    public static IEnumerable<SelectListItem> SortOptions =>
        [
            new("Worst rating first", nameof(PortfolioSort.Rating)),
            new("Most returns late first", nameof(PortfolioSort.Late)),
            new("Reference", nameof(PortfolioSort.Reference)),
        ];

    public static IEnumerable<SelectListItem> LateItems => [new("Only contracts with returns late", "yes")];

    public string DownloadLink(string format) =>
        Url.Page("/Contracts/Monitoring/Index", "Download", new { format })
        + (Request.QueryString.HasValue ? "&" + Request.QueryString.Value![1..] : "");
}
