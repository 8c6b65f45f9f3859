using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Pages.Purchasing.Lists;

/// <summary>
/// All of the organisation's purchases, for procurement specialists and auditors (issue 5 §6): search, filters, paging,
/// newest or oldest first, with CSV and XLSX downloads of the same rows.
/// </summary>
[Authorize(Policy = Policies.PurchasesAll)]
public sealed class AllModel(AppDbContext db, CurrentUser user, TimeProvider clock, IOptions<ListCountOptions> counting)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Route { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Supplier { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Band { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Compliance { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    public Paged<PurchaseListRow> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private set; } = new Dictionary<Guid, string>();
    public bool ShowOrganisation => OrganisationNames.Count > 1;
    public DateOnly Today => Domain.Common.UkCalendar.Today(clock);

    /// <summary>A category typed that is not a CPV code, to say so rather than ignore it silently.</summary>
    public string? CategoryProblem { get; private set; }

    public async Task OnGetAsync()
    {
        var visible = user.OrganisationsFor(Policies.PurchasesAll);
        OrganisationNames = await db
            .Organisations.AsNoTracking()
            .Where(o => visible.Contains(o.Id))
            .OrderBy(o => o.Name)
            .ToDictionaryAsync(o => o.Id, o => o.Name);
        var filter = ToFilter();
        if (!string.IsNullOrWhiteSpace(Category) && filter.Category is null)
            CategoryProblem = "Enter a CPV code like 33192000-2, or leave it blank";
        var rows = await filter.QueryAsync(db, visible, Today);
        Results = await Paged<PurchaseListRow>.ReadAsync(
            rows,
            PagerModel.RequestedPage(Request),
            Paged<PurchaseListRow>.DefaultPageSize,
            counting.Value.CountUpTo
        );
        Pager = PagerModel.From(Request, Results);
    }

    public PurchaseFilter ToFilter() =>
        PurchaseList.Parse(Search, Status, Route, Category, Supplier, Band, Compliance, Sort, Organisation);

    public static IEnumerable<SelectListItem> StatusItems =>
        [
            new("Any status", ""),
            .. Enum.GetValues<PurchaseStatus>()
                .Select(s => new SelectListItem(PurchaseStatusNames.Display(s), s.ToString())),
        ];

    public static IEnumerable<SelectListItem> RouteItems =>
        [
            new("Any route", ""),
            .. Enum.GetValues<PurchaseRoute>()
                .Select(r => new SelectListItem(PurchaseRouteNames.Display(r), r.ToString())),
        ];

    public IEnumerable<SelectListItem> BandItems =>
        [
            new("Any value", ""),
            .. Enum.GetValues<ValueBand>()
                .Select(b => new SelectListItem(PurchaseList.BandName(b, Today), b.ToString())),
        ];

    public static IEnumerable<SelectListItem> ComplianceItems =>
        [
            new("Any", ""),
            .. Enum.GetValues<ComplianceFilter>()
                .Select(c => new SelectListItem(PurchaseList.ComplianceName(c), c.ToString())),
        ];

    public static IEnumerable<SelectListItem> SortItems => [new("Newest first", ""), new("Oldest first", "oldest")];

    public IEnumerable<SelectListItem> OrganisationItems =>
        [new("All organisations", ""), .. OrganisationNames.Select(o => new SelectListItem(o.Value, o.Key.ToString()))];

    public string ExportLink(string format)
    {
        var query = Request
            .Query.Where(q => q.Key is not ("page" or "format"))
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query["format"] = format;
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/purchasing/all/export", query);
    }
}
