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
        if (!await LoadAsync(id, track: true))
            return NotFound();
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), ImplementationPlanRules.Validate(details));
        if (Plan is not null)
            ModelState.AddDomainErrors(nameof(Input), ImplementationPlanRules.ValidateReason(Plan, Input.Reason));
        if (!ModelState.IsValid)
            return Page();

        var now = clock.GetUtcNow();
        var plan = Plan
            ?? new ImplementationPlan
            {
                OrganisationId = Contract.OrganisationId,
                ContractId = Contract.Id,
                Summary = "",
                CreatedAt = now,
            };
        var what = Plan is null ? "Set out the plan" : "Changed the plan's summary, resources or contingency";
        details.ApplyTo(plan);
        db.PlanChanges.Add(plan.Change(Input.Reason, what, user.DisplayName, now));
        if (Plan is null)
            db.ImplementationPlans.Add(plan);
        var saved = await VersionedSave.SaveAsync(db, plan, Plan is null ? 0 : Input.Version, () =>
            db.ImplementationPlans.AsNoTracking().FirstOrDefaultAsync(p => p.ContractId == id)
        );
        if (!saved.Saved)
        {
            if (saved.Current is { } current)
                Input.Version = current.Version;
            ModelState.Remove($"{nameof(Input)}.{nameof(PlanForm.Version)}");
            ModelState.AddModelError(
                string.Empty,
                "Someone else changed the plan while you were working on it. Your answers are below: check the plan "
                    + "as it is now, then save again to replace their changes"
            );
            Plan = saved.Current;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
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
