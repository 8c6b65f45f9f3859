namespace CareCommissioning.Web.Pages.Contracts.Outcomes;

/// <summary>
/// Taking the outcomes of a decided options appraisal as priority outcomes for contracts (CD-P1): each keeps its
/// measure, and records that it was agreed through the appraisal's engagement and decision. An outcome already taken
/// is not taken twice.
/// </summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class FromAppraisalModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record Choice(Appraisal Appraisal, int Outcomes, int Taken);

    public IReadOnlyList<Choice> Choices { get; private set; } = [];

    [BindProperty]
    public string? AppraisalId { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var chosen = Choices.FirstOrDefault(c => c.Appraisal.Id.ToString() == AppraisalId);
        if (chosen is null)
        {
            ModelState.AddModelError(nameof(AppraisalId), OutcomeCommands.ChooseAppraisal);
            return Page();
        }
        var fresh = await OutcomeCommands.TakeAsync(db, chosen.Appraisal, clock.GetUtcNow());
        if (fresh.Count == 0)
        {
            ModelState.AddModelError(nameof(AppraisalId), OutcomeCommands.AllTaken);
            return Page();
        }
        TempData[PageKeys.SuccessMessage] =
            $"{fresh.Count} {(fresh.Count == 1 ? "outcome" : "outcomes")} taken from '{chosen.Appraisal.Title}': assess what each means for managing the contract";
        return Redirect(this.Links().ContractOutcomes());
    }

    /// <summary>The decided appraisals of the user's organisations with outcomes, newest first.</summary>
    private async Task LoadAsync()
    {
        var decided = await OutcomeCommands
            .Decided(db, user)
            .OrderByDescending(a => a.UpdatedAt)
            .Take(50)
            .ToListAsync();
        var taken = await OutcomeCommands.TakenAsync(db, decided.Select(a => a.Id).ToList());
        Choices = decided
            .Select(a =>
            {
                var outcomes = OutcomeCommands.OutcomesOf(a);
                return new Choice(a, outcomes.Count, outcomes.Count(o => taken.Contains(o.Id)));
            })
            .Where(c => c.Outcomes > 0)
            .ToList();
    }

    public IEnumerable<SelectListItem> AppraisalItems =>
        Choices.Select(c => new SelectListItem(
            $"{c.Appraisal.Title}: {c.Outcomes} {(c.Outcomes == 1 ? "outcome" : "outcomes")}{(c.Taken > 0 ? $", {c.Taken} taken already" : "")}",
            c.Appraisal.Id.ToString()
        ));
}
