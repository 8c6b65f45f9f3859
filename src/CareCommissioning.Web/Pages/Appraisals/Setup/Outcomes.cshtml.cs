namespace CareCommissioning.Web.Pages.Appraisals.Setup;

/// <summary>The outcomes the appraisal aims at, each with how it will be measured.</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class OutcomesModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public sealed class OutcomeForm
    {
        public string? Outcome { get; set; }
        public string? Measure { get; set; }
    }

    [BindProperty]
    public OutcomeForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
            return Page();
        var outcome = new AppraisalOutcome
        {
            Outcome = Input.Outcome?.Trim() ?? "",
            Measure = string.IsNullOrWhiteSpace(Input.Measure) ? null : Input.Measure.Trim(),
        };
        AddErrors("Input", AppraisalRules.ValidateOutcome(outcome));
        if (!ModelState.IsValid)
            return Invalid();
        Appraisal.Content.Outcomes.Add(outcome);
        return await SaveAsync("The outcome has been added") ?? Redirect(Path("/outcomes"));
    }

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid outcomeId) =>
        RemoveAsync(id, c => c.Outcomes.RemoveAll(o => o.Id == outcomeId), "The outcome has been removed", "/outcomes");
}
