namespace CareCommissioning.Web.Pages.Needs.Budgets;

[Authorize(Policy = Policies.NeedsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public BudgetHead Head { get; private set; } = default!;
    public IReadOnlyList<BudgetAllocation> Allocations { get; private set; } = [];
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsRead);
        if (head is null)
            return NotFound();
        Head = head;
        Allocations = await db
            .BudgetAllocations.AsNoTracking()
            .Where(a => a.BudgetHeadId == id)
            .OrderBy(a => a.Year)
            .ToListAsync();
        CanChange = user.Can(Policies.NeedsWrite, head.OrganisationId);
        return Page();
    }
}
