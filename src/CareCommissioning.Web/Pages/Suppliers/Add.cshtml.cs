namespace CareCommissioning.Web.Pages.Suppliers;

[Authorize(Policy = Policies.SuppliersWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<Supplier, SupplierForm>(db, user, clock)
{
    protected override string Policy => Policies.SuppliersWrite;

    protected override string Noun => "supplier";

    protected override Supplier? Build(Guid organisation, DateTimeOffset now)
    {
        var supplier = new Supplier
        {
            Name = "",
            AddressLine1 = "",
            Postcode = "",
            OrganisationId = organisation,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Input.ApplyTo(supplier, ModelState, nameof(Input));
        return supplier;
    }

    protected override string AddedMessage(Supplier supplier) =>
        $"{supplier.Name} has been added to the supplier register";

    protected override string PathTo(Supplier supplier) => $"/suppliers/{supplier.Id}";
}
