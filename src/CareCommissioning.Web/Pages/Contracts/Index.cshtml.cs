using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>The contracts register: searchable, filtered, sorted and paged; a provider's users see their own
/// organisation's contracts only.</summary>
[Authorize(Policy = Policies.ContractsRead)]
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
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Expiring { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public Paged<ContractRow> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public bool CanAdd { get; private set; }

    /// <summary>Staff see the priority outcomes; a provider's people do not.</summary>
    public bool SeesOutcomes { get; private set; }

    /// <summary>Whether the user sends KPI returns: a provider, or a keeper of contracts on a provider's
    /// behalf.</summary>
    public bool CanSendReturns { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        CanAdd = user.OrganisationsFor(Policies.ContractsWrite).Count > 0;
        CanSendReturns = user.OrganisationsFor(Policies.ContractsSubmitReturns).Count > 0;
        SeesOutcomes = user.OrganisationsFor(Policies.ContractOutcomesRead).Count > 0;
        Today = UkCalendar.Today(clock);
        var rows = ToSearch(Search, Status, Type, Expiring, Sort).Apply(db, ContractAccess.Visible(db, user), Today);
        Results = await Paged<ContractRow>.ReadAsync(
            rows,
            PagerModel.RequestedPage(Request),
            Paged<ContractRow>.DefaultPageSize,
            counting.Value.CountUpTo
        );
        Pager = PagerModel.From(Request, Results);
    }

    internal static ContractSearch ToSearch(
        string? search,
        string? status,
        string? type,
        string? expiring,
        string? sort
    ) =>
        new(
            search,
            Enum.TryParse<ContractStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
            Enum.TryParse<ContractType>(type, out var t) && Enum.IsDefined(t) ? t : null,
            expiring == "yes",
            Enum.TryParse<ContractSort>(sort, out var o) && Enum.IsDefined(o) ? o : ContractSort.Reference
        );

    public static IEnumerable<SelectListItem> StatusOptions => [new("All statuses", ""), .. ContractForm.StatusItems];
    public static IEnumerable<SelectListItem> TypeOptions => [new("All types", ""), .. ContractForm.TypeItems];
    public static IEnumerable<SelectListItem> SortOptions =>
        [
            new("Reference", nameof(ContractSort.Reference)),
            new("Title", nameof(ContractSort.Title)),
            new("Supplier", nameof(ContractSort.Supplier)),
            new("End date, soonest first", nameof(ContractSort.EndDate)),
        ];
    public static IEnumerable<SelectListItem> ExpiringItems =>
        [new($"Only contracts ending in the next {ContractDates.ExpiringWithinDays} days", "yes")];

    public string DownloadLink(string format) => $"/contracts/download.{format}" + Request.QueryString;
}
