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
            ModelState.AddModelError(nameof(AppraisalId), "Select the decided appraisal to take outcomes from");
            return Page();
        }
        var taken = await TakenAsync([chosen.Appraisal.Id]);
        var fresh = ContractOutcomeRules
            .FromAppraisal(chosen.Appraisal, clock.GetUtcNow())!
            .Where(o => !taken.Contains(o.AppraisalOutcomeId!.Value))
            .ToList();
        if (fresh.Count == 0)
        {
            ModelState.AddModelError(
                nameof(AppraisalId),
                "Every outcome of that appraisal has been taken already: choose another, or add an outcome by hand"
            );
            return Page();
        }
        db.ContractOutcomes.AddRange(fresh);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] =
            $"{fresh.Count} {(fresh.Count == 1 ? "outcome" : "outcomes")} taken from '{chosen.Appraisal.Title}': assess what each means for managing the contract";
        return Redirect(this.Links().ContractOutcomes());
    }

    /// <summary>The decided appraisals of the user's organisations with outcomes, newest first.</summary>
    private async Task LoadAsync()
    {
        var orgs = user.OrganisationsFor(Policies.ContractsWrite);
        var decided = await db
            .Appraisals.AsNoTracking()
            .Where(a => orgs.Contains(a.OrganisationId) && a.Status == AppraisalStatus.Decided)
            .OrderByDescending(a => a.UpdatedAt)
            .Take(50)
            .ToListAsync();
        var taken = await TakenAsync(decided.Select(a => a.Id).ToList());
        Choices = decided
            .Select(a =>
            {
                var outcomes = a.Content.Outcomes.Where(o => !string.IsNullOrWhiteSpace(o.Outcome)).ToList();
                return new Choice(a, outcomes.Count, outcomes.Count(o => taken.Contains(o.Id)));
            })
            .Where(c => c.Outcomes > 0)
            .ToList();
    }

    private async Task<HashSet<Guid>> TakenAsync(IReadOnlyCollection<Guid> appraisals) =>
        (
            await db
                .ContractOutcomes.AsNoTracking()
                .Where(o => o.AppraisalId != null && appraisals.Contains(o.AppraisalId.Value))
                .Select(o => o.AppraisalOutcomeId)
                .ToListAsync()
        )
            .OfType<Guid>()
            .ToHashSet();

    public IEnumerable<SelectListItem> AppraisalItems =>
        Choices.Select(c => new SelectListItem(
            $"{c.Appraisal.Title}: {c.Outcomes} {(c.Outcomes == 1 ? "outcome" : "outcomes")}{(c.Taken > 0 ? $", {c.Taken} taken already" : "")}",
            c.Appraisal.Id.ToString()
        ));
}
