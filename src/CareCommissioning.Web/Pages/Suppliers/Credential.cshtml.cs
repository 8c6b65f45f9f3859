using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>Record a quality assurance credential of a supplier: ISO 9001, CQC registration and rating, Cyber
/// Essentials (Plus) or another (K5, PU-P10).</summary>
[Authorize(Policy = Policies.SuppliersWrite)]
public sealed class CredentialModel(AppDbContext db, CurrentUser user) : PageModel
{
    public sealed class CredentialForm
    {
        public string? Kind { get; set; }
        public string? OtherName { get; set; }
        public string? Reference { get; set; }
        public string? CqcRating { get; set; }
        public DateInputModel AwardedOn { get; set; } = new();
        public DateInputModel ExpiresOn { get; set; } = new();
    }

    [BindProperty]
    public CredentialForm Input { get; set; } = new();

    public Supplier Supplier { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite);
        if (supplier is null)
            return NotFound();
        Supplier = supplier;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var supplier = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite, track: true);
        if (supplier is null)
            return NotFound();
        Supplier = supplier;

        var credential = Read(Input, supplier.Id, ModelState, nameof(Input));
        if (!ModelState.IsValid)
            return Page();
        supplier.Credentials.Add(credential);
        SupplierAccess.AddNewChildren(db, supplier);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"{credential.DisplayName} has been recorded for {supplier.Name}";
        return Redirect(this.Links().Supplier(id) + "#credentials");
    }

    public const int OtherNameMaxLength = 100;

    internal static QualityCredential Read(
        CredentialForm form,
        Guid supplierId,
        ModelStateDictionary state,
        string prefix
    )
    {
        var awardedProblem = form.AwardedOn.TryParse("The date it was awarded", out var awardedOn);
        var expiresProblem = form.ExpiresOn.TryParse("The expiry date", out var expiresOn);
        if (awardedProblem is not null)
            state.AddModelError($"{prefix}.AwardedOn", awardedProblem);
        if (expiresProblem is not null)
            state.AddModelError($"{prefix}.ExpiresOn", expiresProblem);
        var kind = Enum.TryParse<QualityCredentialKind>(form.Kind, out var k) && Enum.IsDefined(k) ? k : 0;
        CqcRating? rating = Enum.TryParse<CqcRating>(form.CqcRating, out var r) && Enum.IsDefined(r) ? r : null;
        var credential = new QualityCredential
        {
            SupplierId = supplierId,
            Kind = kind,
            OtherName =
                kind == QualityCredentialKind.Other && !string.IsNullOrWhiteSpace(form.OtherName)
                    ? form.OtherName.Trim()
                    : null,
            Reference = form.Reference?.Trim() ?? "",
            // A rating given for anything but a CQC registration is refused by the rules, not silently dropped.
            CqcRating = rating,
            AwardedOn = awardedOn,
            ExpiresOn = expiresOn,
        };
        var errors = new List<FieldError>();
        // The register stores 100 characters of the name (the rules allow 200): say so rather than fail on saving.
        if (credential.OtherName?.Length > OtherNameMaxLength)
            errors.Add(new FieldError(nameof(QualityCredential.OtherName), "The name must be 100 characters or fewer"));
        errors.AddRange(SupplierRules.ValidateCredential(credential));
        if (kind == 0)
            errors.RemoveAll(e =>
                e.Field is nameof(QualityCredential.CqcRating) or nameof(QualityCredential.ExpiresOn)
            );
        if (!string.IsNullOrWhiteSpace(form.OtherName) && kind != QualityCredentialKind.Other && kind != 0)
            errors.Add(
                new FieldError(
                    nameof(QualityCredential.OtherName),
                    "Leave the name empty unless the credential is another kind"
                )
            );
        state.AddDomainErrors(prefix, errors);
        return credential;
    }

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<QualityCredentialKind>()
            .Select(k => new SelectListItem(QualityCredentialKindNames.Explained(k), k.ToString()));

    public static IEnumerable<SelectListItem> RatingItems =>
        Enum.GetValues<CqcRating>().Select(r => new SelectListItem(CqcRatingNames.Display(r), r.ToString()));
}
