namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>Finding a supplier the user may see or change; anything else is "not found", so existence is not
/// revealed.</summary>
public static class SupplierAccess
{
    public static async Task<Supplier?> FindVisibleAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy,
        bool track = false
    )
    {
        var query = db
            .Suppliers.Include(s => s.Categories)
            .Include(s => s.Approvals)
            .Include(s => s.Credentials)
            .AsSplitQuery();
        var supplier = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == id);
        return supplier is not null && user.OrganisationsFor(policy).Contains(supplier.OrganisationId)
            ? supplier
            : null;
    }

    /// <summary>
    /// Marks categories, approvals and credentials newly put on a tracked supplier as added. They carry their Guid from
    /// birth, and EF takes a child with a key found through a navigation for an existing row (an update), so they must
    /// be added explicitly.
    /// </summary>
    public static void AddNewChildren(AppDbContext db, Supplier supplier)
    {
        // Looking at an entry detects changes, which would already take the new child for an update: look without
        // detecting.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (
                var child in supplier
                    .Categories.Cast<object>()
                    .Concat(supplier.Approvals)
                    .Concat(supplier.Credentials)
                    .ToList()
            )
                if (db.Entry(child).State == EntityState.Detached)
                    db.Add(child);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    public static DateOnly Today(TimeProvider clock) => Domain.Common.UkCalendar.Today(clock);
}
