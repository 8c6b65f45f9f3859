namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>The implementation plan in easy read (CD-P17), for people who use the service and their families: what
/// will happen, who does it and when, one idea a line.</summary>
[Authorize(Policy = Policies.ContractsRead)]
public sealed class EasyReadModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public PlanView View { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var view = await PlanView.LoadAsync(db, user, id, UkCalendar.Today(clock));
        if (view?.Plan is null)
            return NotFound();
        View = view;
        return Page();
    }
}
