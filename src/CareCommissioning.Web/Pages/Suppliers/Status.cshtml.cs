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

/// <summary>Suspend a supplier (no quotes while a concern is looked into), mark it ceased, or make it active again; a reason is required for the first two.</summary>
[Authorize(Policy = Policies.SuppliersWrite)]
public sealed class StatusModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class StatusForm
    {
        public string? Status { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty]
    public StatusForm Input { get; set; } = new();

    public Supplier Supplier { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite);
        if (supplier is null) return NotFound();
        Supplier = supplier;
        Input = new StatusForm { Status = supplier.Status.ToString(), Reason = supplier.StatusReason };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite, track: true);
        if (supplier is null) return NotFound();
        Supplier = supplier;
        var name = supplier.Name;

        Apply(supplier, Enum.TryParse<SupplierStatus>(Input.Status, out var s) && Enum.IsDefined(s) ? s : 0, Input.Reason, ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        supplier.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = supplier.Status switch
        {
            SupplierStatus.Suspended => $"{name} has been suspended",
            SupplierStatus.Ceased => $"{name} has been marked as ceased",
            _ => $"{name} is active",
        };
        return Redirect($"/suppliers/{id}");
    }

    /// <summary>Sets the status and reason, and puts the rules' complaints on the status form's fields.</summary>
    internal static void Apply(Supplier supplier, SupplierStatus status, string? reason, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string prefix)
    {
        supplier.Status = status;
        supplier.StatusReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var errors = SupplierRules.Validate(supplier)
            .Where(e => e.Field is nameof(Supplier.Status) or nameof(Supplier.StatusReason))
            .Select(e => e with { Field = e.Field == nameof(Supplier.StatusReason) ? nameof(StatusForm.Reason) : e.Field });
        state.AddDomainErrors(prefix, errors);
    }

    public static IEnumerable<SelectListItem> StatusItems =>
    [
        new("Active: purchasers can use them", nameof(SupplierStatus.Active)),
        new("Suspended: no quotes while a concern is looked into", nameof(SupplierStatus.Suspended)),
        new("Ceased: stopped trading or removed from the register", nameof(SupplierStatus.Ceased)),
    ];
}
