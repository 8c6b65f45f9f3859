namespace CareCommissioning.Web.Pages.Partnerships.Schemes;

/// <summary>
/// Adds a scheme the partnership funds (PB-P4, P9, P10, P11), with its lead partner, its economies and their evidence,
/// and, if given, a year's planned spend phased equally over the months. Any partner's writers may add one; it may be
/// made from a partner organisation's decided options appraisal, which fills in its name and description and is linked.
/// </summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SchemeForm Input { get; set; } = new();

    public PoolContext Pool { get; private set; } = default!;
    public Appraisal? FromAppraisal { get; private set; }
    public IReadOnlyList<FinancialYear> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? appraisal)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Input.PlannedYear = Pool.YearOrDefault(null, Today).StartYear.ToString();
        if (appraisal is { } a && await Pool.DecidedAppraisalAsync(db, a) is { } from)
        {
            FromAppraisal = from;
            Input.AppraisalId = from.Id.ToString();
            Input.Name =
                from.Title.Length <= PartnershipScheme.NameMaxLength
                    ? from.Title
                    : from.Title[..PartnershipScheme.NameMaxLength];
            Input.Description = from.Content.Decision?.Decision is { Length: > 0 } decision
                ? $"{from.Content.Purpose}\n\nDecision: {decision}".Trim()
                : from.Content.Purpose;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!Pool.CanAddSchemes)
            return Forbid();
        if (Guid.TryParse(Input.AppraisalId, out var appraisalId))
        {
            FromAppraisal = await Pool.DecidedAppraisalAsync(db, appraisalId);
            if (FromAppraisal is null)
                ModelState.AddModelError(
                    "Input.Name",
                    "The appraisal must be a decided appraisal of a partner organisation"
                );
        }
        var details = Input.ToDetails();
        var others = await db.PartnershipSchemes.Where(s => s.PartnershipId == id).Select(s => s.Name).ToListAsync();
        ModelState.AddDomainErrors(nameof(Input), SchemeRules.Validate(details, Pool.PartnerIds, others));
        if (others.Count >= SchemeRules.MaxSchemes)
            ModelState.AddModelError("Input.Name", $"A partnership can have up to {SchemeRules.MaxSchemes} schemes");
        var planned = Input.Planned(ModelState, nameof(Input), Years);
        if (!ModelState.IsValid)
            return Page();

        var now = clock.GetUtcNow();
        var scheme = new PartnershipScheme
        {
            PartnershipId = id,
            Name = "",
            AppraisalId = FromAppraisal?.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(scheme);
        db.PartnershipSchemes.Add(scheme);
        if (planned is var (year, amount))
            db.SchemeSpend.AddRange(
                SpendMonths
                    .Phase(year, amount)
                    .Select(m => new SchemeSpend
                    {
                        SchemeId = scheme.Id,
                        Month = m.Month,
                        Budget = m.Amount,
                        Source = $"Planned by {user.DisplayName}",
                        UpdatedAt = now,
                    })
            );
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"The scheme '{scheme.Name}' has been added";
        return Redirect(this.Links().Scheme(id, scheme.Id));
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await PoolContext.LoadAsync(db, user, id) is not { } pool)
            return false;
        Pool = pool;
        Years = pool.Years(Today);
        return true;
    }

    public IEnumerable<SelectListItem> YearItems =>
        Years.Select(y => new SelectListItem(y.ToString(), y.StartYear.ToString()));
}
