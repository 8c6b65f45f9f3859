namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>A supplier's details and categories, saved only over the version the form was loaded at.</summary>
[Authorize(Policy = Policies.SuppliersWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<Supplier, SupplierForm>(db, clock)
{
    public static readonly string ConflictMessage = ConflictMessages.Edited("supplier");

    protected override string ConflictText => ConflictMessage;

    protected override Task<Supplier?> FindAsync(Guid id, bool track) =>
        SupplierAccess.FindVisibleAsync(Db, user, id, Policies.SuppliersWrite, track);

    protected override string NameOf(Supplier supplier) => supplier.Name;

    protected override SupplierForm ToForm(Supplier supplier) => SupplierForm.From(supplier);

    protected override void Apply(Supplier supplier, DateTimeOffset now)
    {
        Input.ApplyTo(supplier, ModelState, nameof(Input));
        // Always touch the supplier, so a change to its categories alone also moves the version on.
        if (ModelState.IsValid)
            supplier.UpdatedAt = now;
    }

    protected override void BeforeSave(Supplier supplier) => SupplierAccess.AddNewChildren(Db, supplier);

    protected override IReadOnlyList<FieldDifference> Differences(Supplier saved, Supplier yours) =>
        SupplierDifferences.Between(SupplierForm.From(saved), Input);

    protected override string DetailsPath(Guid id) => $"/suppliers/{id}";
}
