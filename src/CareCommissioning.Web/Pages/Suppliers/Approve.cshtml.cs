namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>Approve a supplier as a preferred supplier for a CPV category, by the signed-in specialist, from a date
/// until it expires (PU-P5).</summary>
[Authorize(Policy = Policies.SuppliersWrite)]
public sealed class ApproveModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class ApprovalForm
    {
        public string? CpvCode { get; set; }
        public DateInputModel ApprovedOn { get; set; } = new();
        public DateInputModel ExpiresOn { get; set; } = new();
        public string? Notes { get; set; }
    }

    [BindProperty]
    public ApprovalForm Input { get; set; } = new();

    public Supplier Supplier { get; private set; } = default!;
    public string Approver => user.DisplayName;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite);
        if (supplier is null)
            return NotFound();
        Supplier = supplier;
        var today = SupplierAccess.Today(clock);
        Input.ApprovedOn = DateInputModel.From(today);
        if (supplier.Categories.Count == 1)
            Input.CpvCode = supplier.Categories[0].CpvCode;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite, track: true);
        if (supplier is null)
            return NotFound();
        Supplier = supplier;

        var approval = Read(Input, supplier, user.Id, ModelState, nameof(Input));
        if (approval is null || !ModelState.IsValid)
            return Page();
        supplier.Approvals.Add(approval);
        SupplierAccess.AddNewChildren(db, supplier);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] =
            $"{supplier.Name} is a preferred supplier for {SupplierText.Category(approval.CpvCode)} until {Infrastructure.Formatting.Display.Date(approval.ExpiresOn)}";
        return Redirect(this.Links().Supplier(id) + "#approvals");
    }

    /// <summary>The approval the answers describe, with every problem put on its field; null when the dates cannot be
    /// read.</summary>
    internal static PreferredSupplierApproval? Read(
        ApprovalForm form,
        Supplier supplier,
        string approver,
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state,
        string prefix
    )
    {
        var approvedProblem = form.ApprovedOn.IsEmpty
            ? "Enter the date the supplier was approved"
            : form.ApprovedOn.TryParse("The date approved", out _);
        var expiresProblem = form.ExpiresOn.IsEmpty
            ? "Enter the date the approval expires"
            : form.ExpiresOn.TryParse("The expiry date", out _);
        form.ApprovedOn.TryParse("", out var approvedOn);
        form.ExpiresOn.TryParse("", out var expiresOn);
        if (approvedProblem is not null)
            state.AddModelError($"{prefix}.ApprovedOn", approvedProblem);
        if (expiresProblem is not null)
            state.AddModelError($"{prefix}.ExpiresOn", expiresProblem);

        var code = CpvCode.Normalise(form.CpvCode) ?? form.CpvCode?.Trim() ?? "";
        var approval = new PreferredSupplierApproval
        {
            SupplierId = supplier.Id,
            CpvCode = code,
            ApprovedByUserId = approver,
            ApprovedOn = approvedOn ?? default,
            ExpiresOn = expiresOn ?? default,
            Notes = string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes.Trim(),
        };
        var errors = SupplierRules.ValidateApproval(approval).ToList();
        if (approvedOn is null || expiresOn is null)
            errors.RemoveAll(e => e.Field == nameof(PreferredSupplierApproval.ExpiresOn));
        if (errors.All(e => e.Field != nameof(PreferredSupplierApproval.CpvCode)) && !supplier.Supplies(code))
            errors.Add(
                new(
                    nameof(PreferredSupplierApproval.CpvCode),
                    $"{supplier.Name} is not registered as supplying {code}: add the code to what they supply first"
                )
            );
        state.AddDomainErrors(prefix, errors);
        return approvedOn is null || expiresOn is null ? null : approval;
    }
}
