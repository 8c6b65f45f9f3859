namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>
/// The budget proposal each partner takes to its own decision makers — its contributions year by year beside the
/// pool's — and the record of their decision on the current version (PB-P12, P13). Every partner sees every proposal
/// and decision; only a partner's own people record its decision.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class SignOffModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class SignOffForm
    {
        public string? PartnerId { get; set; }
        public string? DecisionMakers { get; set; }
        public string? Decision { get; set; }
        public DateInputModel DecidedOn { get; set; } = new();
        public string? Conditions { get; set; }
        public int Version { get; set; }
    }

    public PartnershipMembership Scope { get; private set; } = default!;
    public PartnershipAgreement? Agreement { get; private set; }
    public IReadOnlyList<YearContributions> Years { get; private set; } = [];
    public IReadOnlyDictionary<Guid, PartnershipSignOff> Current { get; private set; } =
        new Dictionary<Guid, PartnershipSignOff>();

    [BindProperty]
    public SignOffForm Input { get; set; } = new();

    public bool CanRecord => Agreement is { Status: AgreementStatus.ForSignOff } && Scope.Mine.Count > 0;

    public static IEnumerable<SelectListItem> DecisionItems =>
        Enum.GetValues<SignOffDecision>()
            .Select(d => new SelectListItem(SignOffDecisionNames.Display(d), d.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Input.Version = Agreement?.Version ?? 0;
        if (Scope.Mine.Count == 1)
            Input.PartnerId = Scope.Mine[0].Partner.Id.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (Scope.Mine.Count == 0)
            return Forbid();
        if (Input.DecidedOn.TryParse("The date of the decision", out var decidedOn) is { } dateProblem)
            ModelState.AddModelError("Input.DecidedOn", dateProblem);
        var details = new SignOffDetails(
            Guid.TryParse(Input.PartnerId, out var partner) ? partner : null,
            Input.DecisionMakers,
            Enum.TryParse<SignOffDecision>(Input.Decision, out var d) && Enum.IsDefined(d) ? d : null,
            decidedOn,
            Input.Conditions
        );
        if (!ModelState.IsValid)
            return Page();
        var outcome = await SignOffCommand.RecordAsync(db, user, clock, Scope, details, Input.Version);
        switch (outcome.Result)
        {
            case SignOffCommand.Result.NotYourPartner:
                return Forbid();
            case SignOffCommand.Result.Invalid:
                ModelState.AddDomainErrors(nameof(Input), outcome.Errors);
                return Page();
            case SignOffCommand.Result.Conflict:
                db.ChangeTracker.Clear();
                await LoadAsync(id);
                ModelState.AddModelError(
                    "",
                    "Someone else changed the agreement or recorded a decision while you were writing. Check the decisions below, then record yours again."
                );
                Input.Version = outcome.CurrentVersion;
                ModelState.Remove("Input.Version");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
        TempData[PageKeys.SuccessMessage] = outcome.SignedOff
            ? "Every partner has approved this version: the agreement is signed off"
            : $"{Scope.NameOf(details.PartnerId!.Value)}'s decision has been recorded";
        return Redirect(this.Links().PartnershipAgreement(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return false;
        Scope = scope;
        Agreement = await db.PartnershipAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.PartnershipId == id);
        var contributions = await db
            .PartnershipContributions.AsNoTracking()
            .Where(c => c.PartnershipId == id)
            .ToListAsync();
        Years = YearContributions.ByYear(contributions, scope.Partners.Select(p => p.Partner.Id).ToList());
        if (Agreement is not null)
            Current = AgreementWorkflow.Current(
                Agreement,
                await db.PartnershipSignOffs.AsNoTracking().Where(s => s.PartnershipId == id).ToListAsync()
            );
        return true;
    }
}
