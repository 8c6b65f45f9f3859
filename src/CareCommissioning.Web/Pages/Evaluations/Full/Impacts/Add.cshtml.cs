namespace CareCommissioning.Web.Pages.Evaluations.Full.Impacts;

/// <summary>Records an impact identified with the people involved (EV-P15); one without evidence is refused, nothing
/// saved.</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel, IImpactPage
{
    [BindProperty]
    public ImpactForm Input { get; set; } = new();
    public StrategyEvaluation Evaluation { get; private set; } = default!;
    public ImpactChoices Choices { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return NotFound();
        (Evaluation, Choices) = (e, await ImpactChoices.LoadAsync(db, e, null));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return NotFound();
        (Evaluation, Choices) = (e, await ImpactChoices.LoadAsync(db, e, null));
        var now = clock.GetUtcNow();
        var impact = Input.ToAnswers().ToImpact(Guid.NewGuid(), e.OrganisationId, e.Id);
        ModelState.AddDomainErrors(nameof(Input), await FullEvaluationCommands.CheckImpactAsync(db, e, impact));
        if (!ModelState.IsValid)
            return Page();
        impact.CreatedAt = impact.UpdatedAt = now;
        db.EvaluationImpacts.Add(impact);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"The impact '{impact.Title}' has been recorded";
        return Redirect(this.Links().EvaluationImpacts(id));
    }
}
