namespace CareCommissioning.Web.Pages.Partnerships.Evaluations;

/// <summary>Starting an evaluation of a partnership: its title and the period it looks at. Any partner's writers may
/// start one.</summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public Partnership Partnership { get; private set; } = default!;

    [BindProperty]
    public EvaluationForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Input.Title = $"Evaluation of {Partnership.Name}";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        var evaluation = new PartnershipEvaluation { PartnershipId = id, Title = "" };
        Input.ApplyTo(evaluation, ModelState);
        if (!ModelState.IsValid)
            return Page();
        evaluation.CreatedAt = evaluation.UpdatedAt = clock.GetUtcNow();
        db.PartnershipEvaluations.Add(evaluation);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"'{evaluation.Title}' has been started";
        return Redirect(this.Links().Evaluation(id, evaluation.Id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsWrite);
        if (partnership is null)
            return false;
        Partnership = partnership;
        return true;
    }
}
