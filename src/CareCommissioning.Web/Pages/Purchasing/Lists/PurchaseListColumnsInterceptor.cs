using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Pages.Purchasing.Lists;

/// <summary>
/// Refreshes the purchase list columns (<see cref="PurchaseListColumns.RefreshAsync"/>) at the start of every save,
/// before the audit trail detects the changes, so the refreshed values are versioned and audited with the rest.
/// Keeps no state: one instance serves every pooled context.
/// </summary>
internal sealed class PurchaseListColumnsInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
            PurchaseListColumns.RefreshAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        if (eventData.Context is AppDbContext db)
            await PurchaseListColumns.RefreshAsync(db, cancellationToken);
        return result;
    }
}
