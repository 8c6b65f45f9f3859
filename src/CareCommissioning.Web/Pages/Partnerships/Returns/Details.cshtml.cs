namespace CareCommissioning.Web.Pages.Partnerships.Returns;

/// <summary>
/// One return (PB-P15): its figures built from the records, and the host's answers — the agreement, the national
/// conditions, the narrative and the board's sign-off — saved as a draft or submitted. Submitting checks that nothing
/// is missing and closes the period; a save over someone's newer one is refused with the answers kept.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string Yes = "yes";
    public const string No = "no";

    public ReturnScope Scope { get; private set; } = default!;
    public bool CanComplete { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty]
    public ReturnForm Input { get; set; } = new();

    public sealed class ReturnForm
    {
        public string? AgreementInPlace { get; set; }
        public string? PlansJointlyAgreed { get; set; }
        public string? ImplementingObjectives { get; set; }
        public string? GrantConditionsMet { get; set; }
        public string? OversightComplied { get; set; }
        public string? Narrative { get; set; }
        public DateInputModel BoardSignedOffOn { get; set; } = new();
        public string? BoardSignedOffBy { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid returnId)
    {
        if (!await LoadAsync(id, returnId, track: false))
            return NotFound();
        var r = Scope.Return;
        Input = new ReturnForm
        {
            AgreementInPlace = Answer(r.AgreementInPlace),
            PlansJointlyAgreed = Answer(r.PlansJointlyAgreed),
            ImplementingObjectives = Answer(r.ImplementingObjectives),
            GrantConditionsMet = Answer(r.GrantConditionsMet),
            OversightComplied = Answer(r.OversightComplied),
            Narrative = r.Narrative,
            BoardSignedOffOn = DateInputModel.From(r.BoardSignedOffOn),
            BoardSignedOffBy = r.BoardSignedOffBy,
            Version = r.Version,
        };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, Guid returnId) => SaveAsync(id, returnId, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, Guid returnId) => SaveAsync(id, returnId, submit: true);

    private async Task<IActionResult> SaveAsync(Guid id, Guid returnId, bool submit)
    {
        if (!await LoadAsync(id, returnId, track: true))
            return NotFound();
        if (!CanComplete)
            return Forbid();
        var r = Scope.Return;
        var problem = Input.BoardSignedOffOn.TryParse("The date the board signed it off", out var signedOn);
        if (problem is not null)
            ModelState.AddModelError("Input.BoardSignedOffOn", problem);
        else if (signedOn > Today)
            ModelState.AddModelError(
                "Input.BoardSignedOffOn",
                "The date the board signed it off must be today or in the past"
            );
        if (Input.Narrative?.Length > PoolReturn.TextMaxLength)
            ModelState.AddModelError(
                "Input.Narrative",
                $"The narrative must be {PoolReturn.TextMaxLength:N0} characters or fewer"
            );
        if (Input.BoardSignedOffBy?.Length > 200)
            ModelState.AddModelError("Input.BoardSignedOffBy", "This must be 200 characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        r.AgreementInPlace = Parse(Input.AgreementInPlace);
        r.PlansJointlyAgreed = Parse(Input.PlansJointlyAgreed);
        r.ImplementingObjectives = Parse(Input.ImplementingObjectives);
        r.GrantConditionsMet = Parse(Input.GrantConditionsMet);
        r.OversightComplied = Parse(Input.OversightComplied);
        r.Narrative = string.IsNullOrWhiteSpace(Input.Narrative) ? null : Input.Narrative.Trim();
        r.BoardSignedOffOn = signedOn;
        r.BoardSignedOffBy = string.IsNullOrWhiteSpace(Input.BoardSignedOffBy) ? null : Input.BoardSignedOffBy.Trim();
        if (submit)
        {
            ModelState.AddDomainErrors(nameof(Input), PoolReturnRules.ReadyToSubmit(r));
            if (!ModelState.IsValid)
                return Page();
            (r.SubmittedAt, r.SubmittedBy) = (clock.GetUtcNow(), user.DisplayName);
        }
        var outcome = await VersionedSave.SaveAsync(db, r, Input.Version, () =>
            db.PoolReturns.AsNoTracking().FirstOrDefaultAsync(x => x.Id == returnId)
        );
        if (!outcome.Saved)
        {
            ModelState.AddModelError(string.Empty, ConflictMessages.Edited("return"));
            Input.Version = outcome.Current?.Version ?? Input.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = submit
            ? $"The return for {r.PeriodName} has been submitted; its period is closed"
            : $"The return for {r.PeriodName} has been saved";
        return Redirect(this.Links().PoolReturn(id, returnId));
    }

    private async Task<bool> LoadAsync(Guid id, Guid returnId, bool track)
    {
        var scope = await ReturnScope.FindAsync(db, user, id, returnId, track);
        if (scope is null)
            return false;
        (Scope, CanComplete, Today) = (scope, scope.CanComplete(user), UkCalendar.DateOf(clock.GetUtcNow()));
        return true;
    }

    private static string? Answer(bool? value) =>
        value switch
        {
            true => Yes,
            false => No,
            null => null,
        };

    private static bool? Parse(string? answer) =>
        answer switch
        {
            Yes => true,
            No => false,
            _ => null,
        };

    public static IEnumerable<SelectListItem> YesNoItems => [new("Yes", Yes), new("No", No)];

    /// <summary>Each national condition as the return names it.</summary>
    public static readonly IReadOnlyList<string> Conditions = PoolReturnRules
        .NationalConditions.Select((c, i) => $"National condition {i + 1}: {c}")
        .ToList();
}
