namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>The contract manager's reflection on their part in planning the implementation and the areas for
/// development they found (CD-P19).</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class ReflectModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class ReflectionForm
    {
        public string? WhatWentWell { get; set; }
        public string? AreasForDevelopment { get; set; }
        public string? Actions { get; set; }
    }

    [BindProperty]
    public ReflectionForm Input { get; set; } = new();

    public Contract Contract { get; private set; } = default!;
    public ImplementationPlan Plan { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        var result = await PlanCommands.ReflectAsync(
            db,
            user,
            Contract,
            Input.WhatWentWell,
            Input.AreasForDevelopment,
            Input.Actions,
            clock.GetUtcNow()
        );
        ModelState.AddDomainErrors(nameof(Input), result.Errors);
        if (result.Saved is null)
            return Page();
        TempData[PageKeys.SuccessMessage] = "Your reflection has been recorded";
        return Redirect(this.Links().Plan(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return false;
        Contract = contract;
        var plan = await db.ImplementationPlans.AsNoTracking().FirstOrDefaultAsync(p => p.ContractId == id);
        if (plan is null)
            return false;
        Plan = plan;
        return true;
    }
}
