namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>One supplier: its details, CPV categories, preferred-supplier approvals and quality credentials, current
/// and expired.</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public Supplier Supplier { get; private set; } = default!;
    public string Organisation { get; private set; } = "";
    public bool CanChange { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyDictionary<string, string> Approvers { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.PurchasingRead);
        if (supplier is null)
            return NotFound();
        Supplier = supplier;
        Today = SupplierAccess.Today(clock);
        Organisation = await db
            .Organisations.Where(o => o.Id == supplier.OrganisationId)
            .Select(o => o.Name)
            .SingleAsync();
        CanChange = user.Can(Policies.SuppliersWrite, supplier.OrganisationId);
        var approverIds = supplier.Approvals.Select(a => a.ApprovedByUserId).Distinct().ToList();
        Approvers = await db
            .Users.AsNoTracking()
            .Where(u => approverIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        return Page();
    }

    public string ApproverName(string userId) => Approvers.GetValueOrDefault(userId) ?? "Someone no longer registered";
}
