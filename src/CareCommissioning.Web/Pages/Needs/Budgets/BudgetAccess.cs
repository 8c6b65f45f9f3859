namespace CareCommissioning.Web.Pages.Needs.Budgets;

public static class BudgetAccess
{
    public static async Task<BudgetHead?> FindVisibleAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy,
        bool track = false
    )
    {
        var query = track ? db.BudgetHeads : db.BudgetHeads.AsNoTracking();
        var head = await query.FirstOrDefaultAsync(h => h.Id == id);
        return head is not null && user.OrganisationsFor(policy).Contains(head.OrganisationId) ? head : null;
    }
}
