using System.Globalization;

namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// One partner's statutory and financial constraints on the arrangement (PB-P1) and its confirmation that the
/// arrangement fits its values, requirements and constraints (PB-P7). Every partner sees them; only the partner's own
/// people record them. A stale save is refused, with the answers kept.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class PartnerModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PartnerRowPageModel(db, user)
{
    public const string ConfirmValue = "confirmed";

    [BindProperty]
    public ConstraintsForm Input { get; set; } = new();

    public sealed class ConstraintsForm
    {
        public string? VatTreatment { get; set; }
        public string? RingFencedGrants { get; set; }
        public string? FinancialYearStartMonth { get; set; }
        public string? ApprovalLimit { get; set; }
        public string? OtherConstraints { get; set; }
        public List<string> Confirm { get; set; } = [];
        public string? ConfirmationNote { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid partnerId)
    {
        if (!await LoadAsync(id, partnerId))
            return NotFound();
        var p = Row.Partner;
        Input = new ConstraintsForm
        {
            VatTreatment = p.VatTreatment,
            RingFencedGrants = p.RingFencedGrants,
            FinancialYearStartMonth = p.FinancialYearStartMonth.ToString(CultureInfo.InvariantCulture),
            ApprovalLimit = p.ApprovalLimit?.ToString("0.00", CultureInfo.InvariantCulture),
            OtherConstraints = p.OtherConstraints,
            Confirm = p.ConfirmedAt is null ? [] : [ConfirmValue],
            ConfirmationNote = p.ConfirmationNote,
            Version = p.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid partnerId)
    {
        if (!await LoadAsync(id, partnerId))
            return NotFound();
        if (!CanRecord)
            return Forbid();
        var month = int.TryParse(Input.FinancialYearStartMonth, CultureInfo.InvariantCulture, out var m) ? m : 0;
        if (month is < 1 or > 12)
            ModelState.AddModelError("Input.FinancialYearStartMonth", "Select the month the financial year starts");
        decimal? limit = null;
        if (!string.IsNullOrWhiteSpace(Input.ApprovalLimit))
        {
            if (NumberInput.TryParseMoney(Input.ApprovalLimit, out var amount) && amount >= 0)
                limit = amount;
            else
                ModelState.AddModelError(
                    "Input.ApprovalLimit",
                    "Approval limit must be an amount in pounds and pence, like 250000 or 250,000.00"
                );
        }
        CheckLengths(
            (nameof(Input.VatTreatment), Input.VatTreatment),
            (nameof(Input.RingFencedGrants), Input.RingFencedGrants),
            (nameof(Input.OtherConstraints), Input.OtherConstraints),
            (nameof(Input.ConfirmationNote), Input.ConfirmationNote)
        );
        if (!ModelState.IsValid)
            return Page();

        var partner = Attach();
        partner.VatTreatment = Clean(Input.VatTreatment);
        partner.RingFencedGrants = Clean(Input.RingFencedGrants);
        partner.FinancialYearStartMonth = month;
        partner.ApprovalLimit = limit;
        partner.OtherConstraints = Clean(Input.OtherConstraints);
        partner.ConfirmationNote = Clean(Input.ConfirmationNote);
        var confirming = Input.Confirm.Contains(ConfirmValue);
        if (confirming && partner.ConfirmedAt is null)
            (partner.ConfirmedAt, partner.ConfirmedBy) = (clock.GetUtcNow(), Me.DisplayName);
        else if (!confirming)
            (partner.ConfirmedAt, partner.ConfirmedBy) = (null, null);
        if (await SaveOrConflictAsync(Input.Version, nameof(Input.VatTreatment), "partner's constraints") is { } now)
        {
            // Someone of the same organisation saved first: nothing is written, our answers are kept.
            Input.Version = now;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = confirming
            ? $"{Row.Organisation}'s constraints are saved and it has confirmed the arrangement"
            : $"{Row.Organisation}'s constraints are saved";
        return Redirect(this.Links().Partnership(id));
    }

    public static IEnumerable<SelectListItem> MonthItems =>
        Enumerable
            .Range(1, 12)
            .Select(m => new SelectListItem(Display.Month(m), m.ToString(CultureInfo.InvariantCulture)));

    public IEnumerable<SelectListItem> ConfirmItems =>
        [
            new(
                $"{Row.Organisation} confirms the arrangement fits its values, requirements and constraints",
                ConfirmValue
            ),
        ];
}
