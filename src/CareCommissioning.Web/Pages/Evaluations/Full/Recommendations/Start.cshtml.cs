using CareCommissioning.Web.Pages.Partnerships;

namespace CareCommissioning.Web.Pages.Evaluations.Full.Recommendations;

/// <summary>
/// Starts what an agreed recommendation leads to (EV-P17, P20): a new options appraisal, a change to one of the
/// organisation's contracts, a change to the purchasing rules or to a pooled-budget agreement (<see
/// cref="FollowUpCommands"/>); the user then goes to the record.
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class StartModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class StartForm
    {
        public string? FollowUp { get; set; }
        public string? ContractId { get; set; }
        public string? PartnershipId { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public StartForm Input { get; set; } = new();
    public StrategyRecommendation Recommendation { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Contracts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Partnerships { get; private set; } = [];

    public static IEnumerable<SelectListItem> FollowUpItems =>
        Enum.GetValues<FollowUpKind>().Select(k => new SelectListItem(FollowUpKindNames.Display(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid recommendationId)
    {
        if (await LoadAsync(id, recommendationId, false) is null)
            return NotFound();
        Input.Version = Recommendation.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid recommendationId)
    {
        if (await LoadAsync(id, recommendationId, true) is not { } e)
            return NotFound();
        if (Input.Version != Recommendation.Version)
        {
            ModelState.AddModelError("", ConflictMessages.Edited("recommendation"));
            Input.Version = Recommendation.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var kind = Impacts.ImpactForm.Parse<FollowUpKind>(Input.FollowUp);
        var record = kind switch
        {
            FollowUpKind.ContractChange => Guid.TryParse(Input.ContractId, out var c) ? c : (Guid?)null,
            FollowUpKind.PooledBudgetAgreementChange => Guid.TryParse(Input.PartnershipId, out var p) ? p : null,
            _ => null,
        };
        var (errors, started) = await FollowUpCommands.StartAsync(db, user, e, Recommendation, kind, record, clock);
        ModelState.AddDomainErrors(nameof(Input), errors);
        if (!ModelState.IsValid || started is null)
            return Page();
        var saved = await VersionedSave.SaveAsync(db, Recommendation, Input.Version, () =>
            Task.FromResult<StrategyRecommendation?>(null)
        );
        if (!saved.Saved)
            return NotFound();
        TempData[PageKeys.SuccessMessage] =
            $"{FollowUpKindNames.Display(started.Kind)} has been started from the recommendation";
        return Redirect(FollowUpCommands.Next(this.Links(), started));
    }

    private async Task<StrategyEvaluation?> LoadAsync(Guid id, Guid recommendationId, bool track)
    {
        var e = await EvaluationAccess.FindToChangeAsync(db, user, id);
        if (e is null)
            return null;
        var query = track ? db.StrategyRecommendations : db.StrategyRecommendations.AsNoTracking();
        if (await query.FirstOrDefaultAsync(r => r.Id == recommendationId && r.EvaluationId == id) is not { } r)
            return null;
        Recommendation = r;
        Contracts = (
            await db
                .Contracts.AsNoTracking()
                .Where(c => c.OrganisationId == e.OrganisationId)
                .Select(c => new { c.Id, c.Title })
                .ToListAsync()
        )
            .OrderBy(c => c.Title, StringComparer.OrdinalIgnoreCase)
            .Select(c => new SelectListItem(c.Title, c.Id.ToString()))
            .Prepend(new SelectListItem("Choose a contract", ""))
            .ToList();
        Partnerships = (
            await PartnershipAccess
                .Visible(db, user, Policies.PartnershipsRead)
                .Select(p => new { p.Id, p.Name })
                .ToListAsync()
        )
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString()))
            .Prepend(new SelectListItem("Choose a partnership", ""))
            .ToList();
        return e;
    }
}
