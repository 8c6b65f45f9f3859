using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>The supplier register: search by name, company or charity number or postcode, filter, page and download
/// (PU-P5).</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Size { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Vcse { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Preferred { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    public Paged<Supplier> Results { get; private set; } = new([], 1, Paged<Supplier>.DefaultPageSize, 0);
    public PagerModel Pager { get; private set; } = default!;
    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private set; } = new Dictionary<Guid, string>();
    public bool CanAdd { get; private set; }
    public bool ShowOrganisation => OrganisationNames.Count > 1;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var visible = user.OrganisationsFor(Policies.PurchasingRead);
        OrganisationNames = await db
            .Organisations.AsNoTracking()
            .Where(o => visible.Contains(o.Id))
            .OrderBy(o => o.Name)
            .ToDictionaryAsync(o => o.Id, o => o.Name);
        CanAdd = user.OrganisationsFor(Policies.SuppliersWrite).Count > 0;
        Today = SupplierAccess.Today(clock);
        var search = ToSearch(
            Search,
            Status,
            Size,
            Vcse,
            Category,
            Preferred,
            Organisation,
            Today,
            ModelState,
            nameof(Category)
        );
        Pager = PagerModel.From(Request, 1, 1);
        if (search is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var query = search.Apply(
            db.Suppliers.AsNoTracking().Include(s => s.Categories).Include(s => s.Approvals).AsSplitQuery(),
            visible
        );
        Results = await Paged<Supplier>.ReadAsync(
            query,
            PagerModel.RequestedPage(Request),
            Paged<Supplier>.DefaultPageSize
        );
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
        return Page();
    }

    /// <summary>The filters as typed, or null with an error on the category field when the CPV code is not on the
    /// list.</summary>
    internal static SupplierSearch? ToSearch(
        string? search,
        string? status,
        string? size,
        string? vcse,
        string? category,
        string? preferred,
        string? organisation,
        DateOnly today,
        ModelStateDictionary state,
        string categoryKey
    )
    {
        string? code = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            if (CpvCatalogue.Standard.Check(category, categoryKey) is { } error)
            {
                state.AddModelError(categoryKey, error.Message);
                return null;
            }
            code = CpvCode.Normalise(category);
        }
        return new SupplierSearch(
            search,
            Enum.TryParse<SupplierStatus>(status, out var st) && Enum.IsDefined(st) ? st : null,
            Enum.TryParse<SupplierSize>(size, out var sz) && Enum.IsDefined(sz) ? sz : null,
            size == "sme",
            vcse switch
            {
                "yes" => true,
                "no" => false,
                _ => null,
            },
            code,
            preferred == "yes",
            Guid.TryParse(organisation, out var org) ? org : null,
            today
        );
    }

    public IEnumerable<SelectListItem> StatusOptions =>
        [
            new("Any status", ""),
            .. Enum.GetValues<SupplierStatus>()
                .Select(s => new SelectListItem(SupplierStatusNames.Display(s), s.ToString())),
        ];

    public IEnumerable<SelectListItem> SizeOptions =>
        [
            new("Any size", ""),
            new("Any SME (micro, small or medium)", "sme"),
            .. Enum.GetValues<SupplierSize>()
                .Select(s => new SelectListItem(SupplierSizeNames.Display(s), s.ToString())),
        ];

    public static IEnumerable<SelectListItem> VcseOptions => [new("Any", ""), new("Yes", "yes"), new("No", "no")];

    public static IEnumerable<SelectListItem> PreferredItems =>
        [new("Only suppliers with a current preferred-supplier approval", "yes")];

    public IEnumerable<SelectListItem> OrganisationOptions =>
        [new("All organisations", ""), .. OrganisationNames.Select(o => new SelectListItem(o.Value, o.Key.ToString()))];

    public string ExportLink => "/suppliers/export.csv" + Request.QueryString;

    public bool IsPreferred(Supplier s) => s.Approvals.Any(a => a.IsCurrent(Today));
}
