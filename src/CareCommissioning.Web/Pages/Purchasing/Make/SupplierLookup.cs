namespace CareCommissioning.Web.Pages.Purchasing.Make;

/// <summary>Suppliers of the register as a purchase needs them: with their categories, approvals and credentials
/// loaded.</summary>
public static class SupplierLookup
{
    public static IQueryable<Supplier> WithDetails(AppDbContext db) =>
        db
            .Suppliers.AsNoTracking()
            .Include(s => s.Categories)
            .Include(s => s.Approvals)
            .Include(s => s.Credentials)
            .AsSplitQuery();

    /// <summary>The current preferred suppliers for a category (PU-P5), active ones only.</summary>
    public static async Task<IReadOnlyList<Supplier>> PreferredForAsync(
        AppDbContext db,
        Guid organisationId,
        string category,
        DateOnly today
    )
    {
        if (CpvCode.Normalise(category) is null)
            return [];
        var candidates = await WithDetails(db)
            .Where(s =>
                s.OrganisationId == organisationId
                && s.Status == SupplierStatus.Active
                && s.Approvals.Any(a => a.ExpiresOn >= today)
            )
            .OrderBy(s => s.Name)
            .ToListAsync();
        return candidates.Where(s => SupplierRules.IsPreferredFor(s, category, today)).ToList();
    }

    public static Task<bool> OrderedFromBeforeAsync(
        AppDbContext db,
        Guid organisationId,
        Guid supplierId,
        Guid excludingPurchase
    ) =>
        db.PurchaseOrders.AnyAsync(o =>
            o.OrganisationId == organisationId && o.SupplierId == supplierId && o.PurchaseRequestId != excludingPurchase
        );
}
