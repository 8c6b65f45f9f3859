namespace CareCommissioning.Web.Pages.Partnerships.Schemes;

/// <summary>A scheme as every partner sees it: what it is, who leads it, its economies with their evidence and
/// judgement (PB-P11), and its months of the year with budget, actual and forecast (PB-P15).</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public PoolContext Pool { get; private set; } = default!;
    public PartnershipScheme Scheme { get; private set; } = default!;
    public string? AppraisalTitle { get; private set; }
    public FinancialYear Year { get; private set; }
    public IReadOnlyList<FinancialYear> Years { get; private set; } = [];
    public IReadOnlyList<SchemeSpend> Months { get; private set; } = [];
    public ForecastOutturn.Figures Figures { get; private set; } = default!;
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid schemeId, int? year)
    {
        if (await SchemeAccess.FindAsync(db, user, id, schemeId) is not var (pool, scheme))
            return NotFound();
        (Pool, Scheme) = (pool, scheme);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Years = pool.Years(today);
        Year = pool.YearOrDefault(year, today);
        CanChange = pool.MayChange(scheme.LeadPartnerId);
        Months = await SchemeSpendStore.MonthsAsync(db, [scheme.Id], Year);
        Figures = ForecastOutturn.Of(Months, today);
        if (scheme.AppraisalId is { } a)
            AppraisalTitle = await db.Appraisals.Where(x => x.Id == a).Select(x => x.Title).FirstOrDefaultAsync();
        return Page();
    }
}
