namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>
/// Suspend a supplier (no quotes while a concern is looked into), mark it ceased, or make it active again; a reason is
/// required for the first two. The form carries the version it was loaded at: if someone changed the supplier in
/// between, nothing is saved and the page says what its status is now, keeping the answers (as the details page does).
/// </summary>
[Authorize(Policy = Policies.SuppliersWrite)]
public sealed class StatusModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed this supplier while you were working on it. Check its status now, then save again if you still want to change it.";

    public sealed class StatusForm
    {
        public string? Status { get; set; }
        public string? Reason { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public StatusForm Input { get; set; } = new();

    public Supplier Supplier { get; private set; } = default!;

    /// <summary>True when the form was refused because someone else changed the supplier since it was loaded.</summary>
    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite);
        if (supplier is null)
            return NotFound();
        Supplier = supplier;
        Input = new StatusForm
        {
            Status = supplier.Status.ToString(),
            Reason = supplier.StatusReason,
            Version = supplier.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite, track: true);
        if (supplier is null)
            return NotFound();
        Supplier = supplier;
        var name = supplier.Name;

        Apply(
            supplier,
            Enum.TryParse<SupplierStatus>(Input.Status, out var s) && Enum.IsDefined(s) ? s : 0,
            Input.Reason,
            ModelState,
            nameof(Input)
        );
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        supplier.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, supplier, Input.Version, () =>
            SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite)
        );
        if (!outcome.Saved)
        {
            if (outcome.Current is not { } current)
                return NotFound();
            Supplier = current;
            Stale = true;
            Input.Version = current.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, ConflictMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = supplier.Status switch
        {
            SupplierStatus.Suspended => $"{name} has been suspended",
            SupplierStatus.Ceased => $"{name} has been marked as ceased",
            _ => $"{name} is active",
        };
        return Redirect(this.Links().Supplier(id));
    }

    /// <summary>Changes the status and reason through the domain, and puts its complaints on the status form's
    /// fields.</summary>
    internal static void Apply(
        Supplier supplier,
        SupplierStatus status,
        string? reason,
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state,
        string prefix
    )
    {
        var errors = SupplierRules
            .ChangeStatus(supplier, status, reason)
            .Select(e =>
                e with
                {
                    Field = e.Field == nameof(Supplier.StatusReason) ? nameof(StatusForm.Reason) : e.Field,
                }
            );
        state.AddDomainErrors(prefix, errors);
    }

    public static IEnumerable<SelectListItem> StatusItems =>
        [
            new("Active: purchasers can use them", nameof(SupplierStatus.Active)),
            new("Suspended: no quotes while a concern is looked into", nameof(SupplierStatus.Suspended)),
            new("Ceased: stopped trading or removed from the register", nameof(SupplierStatus.Ceased)),
        ];
}
