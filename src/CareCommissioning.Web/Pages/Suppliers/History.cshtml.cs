using CareCommissioning.Web.Infrastructure.Audit;

namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>
/// The audit trail of a supplier: its own changes (details, status) together with its CPV categories added and removed
/// (audited under the supplier's id) and its preferred-supplier approvals and quality credentials (audited as records
/// of their own), newest first.
/// </summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class HistoryModel(AppDbContext db, CurrentUser user) : PageModel
{
    public RecordHistory History { get; private set; } = default!;
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.PurchasingRead);
        if (supplier is null)
            return NotFound();
        Id = id;
        var own = await RecordHistory.LoadAsync(db, nameof(Supplier), id.ToString(), supplier.Name);
        var changes = new List<RecordHistory.Change>(own.Changes);
        changes.AddRange((await RecordHistory.LoadAsync(db, nameof(SupplierCategory), id.ToString(), "")).Changes);
        foreach (var a in supplier.Approvals)
            changes.AddRange(
                (await RecordHistory.LoadAsync(db, nameof(PreferredSupplierApproval), a.Id.ToString(), "")).Changes
            );
        foreach (var c in supplier.Credentials)
            changes.AddRange(
                (await RecordHistory.LoadAsync(db, nameof(QualityCredential), c.Id.ToString(), "")).Changes
            );
        History = new RecordHistory(supplier.Name, [.. changes.OrderByDescending(c => c.Sequence)]);
        return Page();
    }
}
