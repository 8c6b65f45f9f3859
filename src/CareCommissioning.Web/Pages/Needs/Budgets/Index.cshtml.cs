namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>Budget heads by funding source with their money per financial year (OA-P3).</summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public IReadOnlyList<BudgetHead> Heads { get; private set; } = [];
    public IReadOnlyList<BudgetAllocation> Allocations { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool CanAdd { get; private set; }
    public int ArchivedCount { get; private set; }

    /// <summary>"include" lists archived heads too, so they can be found and restored.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Archived { get; set; }
    public bool IncludeArchived => Archived == "include";

    public async Task OnGetAsync()
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        CanAdd = user.OrganisationsFor(Policies.NeedsWrite).Count > 0;
        var mine = db.BudgetHeads.AsNoTracking().Where(h => visible.Contains(h.OrganisationId));
        ArchivedCount = await mine.CountAsync(h => h.Archived);
        Heads = await mine.Where(h => IncludeArchived || !h.Archived)
            .OrderBy(h => h.Archived)
            .ThenBy(h => h.Source)
            .ThenBy(h => h.Name)
            .Take(500)
            .ToListAsync();
        var ids = Heads.Select(h => h.Id).ToList();
        Allocations = await db.BudgetAllocations.AsNoTracking().Where(a => ids.Contains(a.BudgetHeadId)).ToListAsync();
        Years = Allocations.Select(a => a.Year).Distinct().Order().Take(11).ToList();
    }

    public decimal? AmountFor(Guid head, int year) =>
        Allocations.FirstOrDefault(a => a.BudgetHeadId == head && a.Year == year)?.Amount;
}
