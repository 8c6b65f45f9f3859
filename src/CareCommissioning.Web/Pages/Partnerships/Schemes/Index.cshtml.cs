namespace CareCommissioning.Web.Pages.Partnerships.Schemes;

/// <summary>
/// What the partnership funds (PB-P4, P10): its schemes with type, lead partner and planned spend for a year,
/// searchable, filtered by type and lead, paged; and the partner organisations' decided appraisals, each of which can
/// become a scheme.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Lead { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? AskedYear { get; set; }

    public PoolContext Pool { get; private set; } = default!;
    public FinancialYear Year { get; private set; }
    public IReadOnlyList<FinancialYear> Years { get; private set; } = [];
    public Paged<PartnershipScheme> Results { get; private set; } = default!;
    public PagerModel Pager { get; private set; } = default!;
    public IReadOnlyDictionary<Guid, decimal> Planned { get; private set; } = new Dictionary<Guid, decimal>();
    public IReadOnlyList<(Guid Id, string Title, string Organisation)> DecidedAppraisals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PoolContext.LoadAsync(db, user, id) is not { } pool)
            return NotFound();
        Pool = pool;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Years = pool.Years(today);
        Year = pool.YearOrDefault(AskedYear, today);

        var query = db.PartnershipSchemes.AsNoTracking().Where(s => s.PartnershipId == id);
        if (Enum.TryParse<SchemeType>(Type, out var t) && Enum.IsDefined(t))
            query = query.Where(s => s.Type == t);
        if (Guid.TryParse(Lead, out var lead))
            query = query.Where(s => s.LeadPartnerId == lead);
        if (TextSearch.Pattern(Search) is { } pattern)
            query = query.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern, TextSearch.Escape));
        Results = await Paged<PartnershipScheme>.ReadAsync(
            query.OrderBy(s => s.Name).ThenBy(s => s.Id),
            PagerModel.RequestedPage(Request),
            Paged<PartnershipScheme>.DefaultPageSize
        );
        Pager = PagerModel.From(Request, Results.Page, Results.TotalPages);
        Planned = await SchemeSpendStore.PlannedAsync(db, Results.Items.Select(s => s.Id).ToList(), Year);

        if (pool.CanAddSchemes)
        {
            var orgs = pool.Partners.Select(p => p.Partner.OrganisationId).ToList();
            var used = db
                .PartnershipSchemes.Where(s => s.PartnershipId == id && s.AppraisalId != null)
                .Select(s => s.AppraisalId);
            DecidedAppraisals = (
                await (
                    from a in db.Appraisals.AsNoTracking()
                    join o in db.Organisations.AsNoTracking() on a.OrganisationId equals o.Id
                    where a.Status == AppraisalStatus.Decided && orgs.Contains(a.OrganisationId) && !used.Contains(a.Id)
                    orderby a.Title
                    select new
                    {
                        a.Id,
                        a.Title,
                        o.Name,
                    }
                )
                    .Take(50)
                    .ToListAsync()
            ).Select(a => (a.Id, a.Title, a.Name)).ToList();
        }
        return Page();
    }

    public static IEnumerable<SelectListItem> TypeOptions => [new("All types", ""), .. SchemeForm.TypeItems];

    public IEnumerable<SelectListItem> LeadOptions => [new("All partners", ""), .. Pool.PartnerItems];

    public IEnumerable<SelectListItem> YearOptions =>
        Years.Select(y => new SelectListItem(y.ToString(), y.StartYear.ToString(), y == Year));
}
