namespace CareCommissioning.Web.Pages.Contracts.Outcomes;

/// <summary>One priority outcome: who agreed it, how it is measured, what it means for managing the contract, any
/// conflict and how it was resolved, and whether it is recommended for a contract (CD-P1…P7).</summary>
[Authorize(Policy = Policies.ContractOutcomesRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public ContractOutcome Outcome { get; private set; } = default!;
    public string? Appraisal { get; private set; }
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await OutcomeAccess.FindAsync(db, user, id, Policies.ContractOutcomesRead) is not { } outcome)
            return NotFound();
        Outcome = outcome;
        CanChange = user.Can(Policies.ContractsWrite, outcome.OrganisationId);
        if (outcome.AppraisalId is { } appraisal)
            Appraisal = await db.Appraisals.Where(a => a.Id == appraisal).Select(a => a.Title).FirstOrDefaultAsync();
        return Page();
    }
}
