namespace CareCommissioning.Web.Pages.Purchasing.Lists;

/// <summary>Refreshes the purchase list columns (<see cref="PurchaseListColumns.RefreshAsync"/>) at the start of every
/// save, before the audit trail detects the changes, so the refreshed values are versioned and audited with the
/// rest.</summary>
internal sealed class PurchaseListColumnsInterceptor : BeforeSaveInterceptor
{
    protected override Task RunAsync(AppDbContext db, CancellationToken ct) => PurchaseListColumns.RefreshAsync(db, ct);
}
