using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>Finding a supplier the user may see or change; anything else is "not found", so existence is not revealed.</summary>
public static class SupplierAccess
{
    public static async Task<Supplier?> FindVisibleAsync(AppDbContext db, CurrentUser user, Guid id, string policy, bool track = false)
    {
        var query = db.Suppliers.Include(s => s.Categories).Include(s => s.Approvals).Include(s => s.Credentials).AsSplitQuery();
        var supplier = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == id);
        return supplier is not null && user.OrganisationsFor(policy).Contains(supplier.OrganisationId) ? supplier : null;
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
