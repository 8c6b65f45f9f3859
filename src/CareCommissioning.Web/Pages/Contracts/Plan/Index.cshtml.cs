namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>
/// A contract's implementation plan as a web page (CD-P14…P20): how it achieves the priority outcomes, its
/// activities with their owners, resources, dates and links, how it stands against the organisation's risk appetite,
/// its slippage and contingency, who it was shared with, its versions and the contract manager's reflections.
/// </summary>
[Authorize(Policy = Policies.ContractsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public PlanView View { get; private set; } = default!;
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var view = await PlanView.LoadAsync(db, user, id, UkCalendar.Today(clock));
        if (view is null)
            return NotFound();
        View = view;
        CanChange = user.Can(Policies.ContractsWrite, view.Contract.OrganisationId);
        return Page();
    }
}
