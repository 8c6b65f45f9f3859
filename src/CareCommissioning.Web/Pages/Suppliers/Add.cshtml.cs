using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Forms;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareCommissioning.Web.Pages.Suppliers;

[Authorize(Policy = Policies.SuppliersWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SupplierForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.SuppliersWrite);

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.SuppliersWrite);
        var organisation = OrganisationChoice.Resolve(user, Policies.SuppliersWrite, Input.OrganisationId, ModelState, "Input.OrganisationId", "supplier") ?? Guid.Empty;

        var now = clock.GetUtcNow();
        var supplier = new Supplier { Name = "", AddressLine1 = "", Postcode = "", OrganisationId = organisation, CreatedAt = now, UpdatedAt = now };
        Input.ApplyTo(supplier, ModelState, nameof(Input));
        if (!ModelState.IsValid) return Page();

        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"{supplier.Name} has been added to the supplier register";
        return Redirect($"/suppliers/{supplier.Id}");
    }
}
