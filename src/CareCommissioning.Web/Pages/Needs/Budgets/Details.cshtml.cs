namespace CareCommissioning.Web.Pages.Needs.Budgets;

[Authorize(Policy = Policies.NeedsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public BudgetHead Head { get; private set; } = default!;
    public IReadOnlyList<BudgetAllocation> Allocations { get; private set; } = [];
    public bool CanChange { get; private set; }

    /// <summary>The head year by year against the appraisals' claims on it (OA-P21).</summary>
    public IReadOnlyList<HeadYearPosition> Position { get; private set; } = [];
    public IReadOnlyList<BudgetClaim> Claims { get; private set; } = [];
    public bool CanReadAppraisals { get; private set; }

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
        var heads = await BudgetClaimsQuery.LoadAsync(db, [id]);
        Position = heads.Position(id);
        Claims = heads.Claims[id].ToList();
        CanReadAppraisals = user.Can(Policies.AppraisalsRead, head.OrganisationId);
        return Page();
    }
}
