using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Concurrency;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>
/// Editing with optimistic concurrency: the form carries the version it was loaded at. If someone saved in between, nothing is
/// written; the page shows what differs and keeps the answers, and saving again then deliberately replaces their version.
/// </summary>
[Authorize(Policy = Policies.SuppliersWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Someone else changed this supplier while you were editing it. Check what they changed, then save again to replace it with your answers.";

    [BindProperty]
    public SupplierForm Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite);
        if (supplier is null) return NotFound();
        Name = supplier.Name;
        Input = SupplierForm.From(supplier);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite, track: true);
        if (supplier is null) return NotFound();
        Name = supplier.Name;

        Input.ApplyTo(supplier, ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Always touch the supplier, so a change to its categories alone also moves the version on.
        supplier.UpdatedAt = clock.GetUtcNow();
        SupplierAccess.AddNewChildren(db, supplier);
        var outcome = await VersionedSave.SaveAsync(db, supplier, Input.Version, () => SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite));
        if (!outcome.Saved)
        {
            if (outcome.Current is not { } current) return NotFound();
            Conflict = SupplierDifferences.Between(SupplierForm.From(current), Input);
            Input.Version = current.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, ConflictMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"Your changes to {supplier.Name} have been saved";
        return Redirect($"/suppliers/{id}");
    }
}
