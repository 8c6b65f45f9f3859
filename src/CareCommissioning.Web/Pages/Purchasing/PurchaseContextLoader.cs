using CareCommissioning.Web.Pages.Purchasing.Make;

namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>
/// Gathers what the workflow rules need to judge a purchase: the chosen supplier, whether it was used before, the rules
/// in force and the requester's limit under them, the order and the evaluation.
/// </summary>
public static class PurchaseContextLoader
{
    public static async Task<PurchaseContext> LoadAsync(AppDbContext db, PurchaseRequest r, DateOnly today)
    {
        var supplier = r.ChosenQuote is { } q
            ? await SupplierLookup.WithDetails(db).FirstOrDefaultAsync(s => s.Id == q.SupplierId)
            : null;
        var before =
            supplier is not null
            && await SupplierLookup.OrderedFromBeforeAsync(db, r.OrganisationId, supplier.Id, r.Id);
        var rules = await PurchaseAccess.RulesInForceAsync(db, r.OrganisationId, today);
        var requesterRoles = await db
            .Memberships.AsNoTracking()
            .Where(m => m.UserId == r.RequestedByUserId && m.OrganisationId == r.OrganisationId)
            .Select(m => m.Role)
            .ToListAsync();
        var order = await db.PurchaseOrders.AsNoTracking().FirstOrDefaultAsync(o => o.PurchaseRequestId == r.Id);
        var evaluation = await db
            .PurchaseEvaluations.AsNoTracking()
            .FirstOrDefaultAsync(e => e.PurchaseRequestId == r.Id);
        return new PurchaseContext(
            r,
            today,
            supplier,
            before,
            rules is null ? 0m : rules.ApprovalLimitFor(requesterRoles),
            order,
            evaluation,
            rules
        );
    }
}
