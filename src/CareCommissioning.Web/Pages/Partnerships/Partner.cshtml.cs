using System.Globalization;

namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// One partner's statutory and financial constraints on the arrangement (PB-P1) and its confirmation that the
/// arrangement fits its values, requirements and constraints (PB-P7). Every partner sees them; only the partner's own
/// people record them. A stale save is refused, with the answers kept.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class PartnerModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConfirmValue = "confirmed";
    public static readonly string ConflictMessage = ConflictMessages.Edited("partner's constraints");

    public Partnership Partnership { get; private set; } = default!;
    public PartnershipAccess.PartnerRow Row { get; private set; } = default!;
    public bool CanRecord { get; private set; }

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
        foreach (
            var (field, value) in new[]
            {
                (nameof(Input.VatTreatment), Input.VatTreatment),
                (nameof(Input.RingFencedGrants), Input.RingFencedGrants),
                (nameof(Input.OtherConstraints), Input.OtherConstraints),
                (nameof(Input.ConfirmationNote), Input.ConfirmationNote),
            }
        )
            if (value?.Length > PartnershipPartner.TextMaxLength)
                ModelState.AddModelError(
                    $"Input.{field}",
                    $"This answer must be {PartnershipPartner.TextMaxLength:N0} characters or fewer"
                );
        if (!ModelState.IsValid)
            return Page();

        // The row read to check access is the one saved: attached, its changes are tracked from what was read.
        var partner = Row.Partner;
        db.PartnershipPartners.Attach(partner);
        partner.VatTreatment = Clean(Input.VatTreatment);
        partner.RingFencedGrants = Clean(Input.RingFencedGrants);
        partner.FinancialYearStartMonth = month;
        partner.ApprovalLimit = limit;
        partner.OtherConstraints = Clean(Input.OtherConstraints);
        partner.ConfirmationNote = Clean(Input.ConfirmationNote);
        var confirming = Input.Confirm.Contains(ConfirmValue);
        if (confirming && partner.ConfirmedAt is null)
            (partner.ConfirmedAt, partner.ConfirmedBy) = (clock.GetUtcNow(), user.DisplayName);
        else if (!confirming)
            (partner.ConfirmedAt, partner.ConfirmedBy) = (null, null);
        var outcome = await VersionedSave.SaveAsync(db, partner, Input.Version, () =>
            db.PartnershipPartners.AsNoTracking().FirstOrDefaultAsync(pp => pp.Id == partnerId)
        );
        if (!outcome.Saved)
        {
            // Someone of the same organisation saved first: their answers are on the page below theirs, ours kept.
            ModelState.AddModelError("Input.VatTreatment", ConflictMessage);
            Input.Version = outcome.Current?.Version ?? Input.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = confirming
            ? $"{Row.Organisation}'s constraints are saved and it has confirmed the arrangement"
            : $"{Row.Organisation}'s constraints are saved";
        return Redirect(this.Links().Partnership(id));
    }

    private async Task<bool> LoadAsync(Guid id, Guid partnerId)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        if (partnership is null)
            return false;
        var row = (await PartnershipAccess.PartnersAsync(db, partnership)).FirstOrDefault(r =>
            r.Partner.Id == partnerId
        );
        if (row is null)
            return false;
        (Partnership, Row) = (partnership, row);
        CanRecord = user.Can(Policies.PartnershipsWrite, row.Partner.OrganisationId);
        return true;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

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
