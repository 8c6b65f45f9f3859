using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Pages.Stakeholders;

[Authorize(Policy = Policies.StakeholdersRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, IOptions<ListCountOptions> counting) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Needs { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Consent { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Archived { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    public Paged<Stakeholder> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public IReadOnlyDictionary<Guid, string> OrganisationNames { get; private set; } = new Dictionary<Guid, string>();
    public bool CanAdd { get; private set; }
    public bool ShowOrganisation => OrganisationNames.Count > 1;

    public async Task OnGetAsync()
    {
        var visible = user.OrganisationsFor(Policies.StakeholdersRead);
        OrganisationNames = await db
            .Organisations.AsNoTracking()
            .Where(o => visible.Contains(o.Id))
            .OrderBy(o => o.Name)
            .ToDictionaryAsync(o => o.Id, o => o.Name);
        CanAdd = user.OrganisationsFor(Policies.StakeholdersWrite).Count > 0;
        var query = ToSearch(Search, Type, Needs, Consent, Archived, Organisation)
            .Apply(db.Stakeholders.AsNoTracking(), visible);
        Results = await Paged<Stakeholder>.ReadAsync(
            query,
            PagerModel.RequestedPage(Request),
            Paged<Stakeholder>.DefaultPageSize,
            counting.Value.CountUpTo
        );
        Pager = PagerModel.From(Request, Results);
    }

    internal static StakeholderSearch ToSearch(
        string? search,
        string? type,
        string? needs,
        string? consent,
        string? archived,
        string? organisation
    ) =>
        new(
            search,
            Enum.TryParse<StakeholderType>(type, out var t) && Enum.IsDefined(t) ? t : null,
            YesNo(needs),
            YesNo(consent),
            archived == "include",
            Guid.TryParse(organisation, out var org) ? org : null
        );

    private static bool? YesNo(string? value) =>
        value switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };

    public IEnumerable<SelectListItem> TypeOptions =>
        [
            new("All types", ""),
            .. Enum.GetValues<StakeholderType>()
                .Select(t => new SelectListItem(StakeholderTypeNames.Display(t), t.ToString())),
        ];

    public IEnumerable<SelectListItem> OrganisationOptions =>
        [new("All organisations", ""), .. OrganisationNames.Select(o => new SelectListItem(o.Value, o.Key.ToString()))];

    public static IEnumerable<SelectListItem> AnyYesNoItems => [new("Any", ""), new("Yes", "yes"), new("No", "no")];

    public static IEnumerable<SelectListItem> ArchivedItems => [new("Include archived stakeholders", "include")];

    public string ExportLink => "/stakeholders/export.csv" + Request.QueryString;
}
