namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>
/// Renewing a strategy (EV-P20): evaluation is part of planning, so a strategy is renewed only on an evaluation of it
/// completed since it started or was last renewed. Without one the renewal is refused with the reason, and nothing is
/// saved.
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class RenewModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class RenewForm
    {
        /// <summary>Named as the domain names it, so its refusal lands on this question.</summary>
        public string? RenewedOnEvaluationId { get; set; }
        public DateInputModel EndsOn { get; set; } = new();
        public int Version { get; set; }
    }

    [BindProperty]
    public RenewForm Input { get; set; } = new();

    public Strategy Strategy { get; private set; } = default!;
    public IReadOnlyList<StrategyEvaluation> Completed { get; private set; } = [];

    public IEnumerable<SelectListItem> EvaluationItems =>
        Completed.Select(e => new SelectListItem(
            $"{e.Title}, completed on {Display.Date(e.CompletedOn)}",
            e.Id.ToString()
        ));

    private async Task<bool> LoadAsync(Guid id, bool track)
    {
        if (await StrategyAccess.FindToChangeAsync(db, user, id, track) is not { } strategy)
            return false;
        Strategy = strategy;
        Completed = await StrategyCommands.Completed(db, id).ToListAsync();
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, track: false))
            return NotFound();
        Input = new RenewForm
        {
            Version = Strategy.Version,
            RenewedOnEvaluationId = Completed.FirstOrDefault()?.Id.ToString(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, track: true))
            return NotFound();
        if (Input.EndsOn.TryParse("The date the renewed strategy ends", out var endsOn) is { } problem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(RenewForm.EndsOn)}", problem);
            return Page();
        }
        var now = clock.GetUtcNow();
        var errors = await StrategyCommands.RenewAsync(
            db,
            Strategy,
            Guid.TryParse(Input.RenewedOnEvaluationId, out var chosen) ? chosen : null,
            endsOn,
            now
        );
        ModelState.AddDomainErrors(nameof(Input), errors);
        if (!ModelState.IsValid)
            return Page();
        var saved = await VersionedSave.SaveAsync(db, Strategy, Input.Version, () =>
            StrategyAccess.FindToChangeAsync(db, user, id)
        );
        if (!saved.Saved)
        {
            if (saved.Current is not { } current)
                return NotFound();
            Strategy = current;
            Input.Version = current.Version;
            ModelState.Remove($"{nameof(Input)}.{nameof(RenewForm.Version)}");
            ModelState.AddModelError(string.Empty, ConflictMessages.Edited("strategy"));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"'{Strategy.Title}' has been renewed until {Display.Date(endsOn!.Value)}";
        return Redirect(this.Links().Strategy(id));
    }
}
