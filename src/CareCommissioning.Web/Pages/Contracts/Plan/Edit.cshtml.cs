namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>
/// Setting out a contract's implementation plan, or changing its summary, resources and contingency (CD-P14, CD-P20).
/// Once the current version has been shared a change needs its reason and starts the next version. A save over
/// someone's newer one is refused with the answers kept.
/// </summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PlanForm Input { get; set; } = new();

    public Contract Contract { get; private set; } = default!;
    public ImplementationPlan? Plan { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, track: false))
            return NotFound();
        Input = Plan is null ? new() : PlanForm.From(Plan);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, track: false))
            return NotFound();
        var details = Input.ToDetails(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            ModelState.AddDomainErrors(nameof(Input), ImplementationPlanRules.Validate(details));
            return Page();
        }
        var result = await PlanCommands.SetAsync(
            db,
            user,
            Contract,
            details,
            Input.Reason,
            Input.Version,
            clock.GetUtcNow()
        );
        ModelState.AddDomainErrors(nameof(Input), result.Errors);
        if (result.Conflict)
        {
            Input.Version = result.Saved?.Version ?? 0;
            ModelState.Remove($"{nameof(Input)}.{nameof(PlanForm.Version)}");
            ModelState.AddModelError(string.Empty, PlanText.Conflict);
            Plan = result.Saved;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (result.Saved is not { } plan)
            return Page();
        TempData[PageKeys.SuccessMessage] = $"The implementation plan has been saved as version {plan.PlanVersion}";
        return Redirect(this.Links().Plan(id));
    }

    private async Task<bool> LoadAsync(Guid id, bool track)
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return false;
        Contract = contract;
        var plans = track ? db.ImplementationPlans : db.ImplementationPlans.AsNoTracking();
        Plan = await plans.FirstOrDefaultAsync(p => p.ContractId == id);
        return true;
    }
}
