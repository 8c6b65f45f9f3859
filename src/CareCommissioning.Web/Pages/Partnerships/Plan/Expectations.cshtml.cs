namespace CareCommissioning.Web.Pages.Partnerships.Plan;

/// <summary>
/// One partner's expectations of the partnership (PB-P9): what it expects, what the partnership should achieve, its
/// current and future roles and contributions. Every partner reads them; only the partner's own people give them. A
/// stale save is refused with the answers kept.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class ExpectationsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public Partnership Partnership { get; private set; } = default!;
    public PartnershipAccess.PartnerRow Row { get; private set; } = default!;
    public bool CanGive { get; private set; }

    [BindProperty]
    public ExpectationsForm Input { get; set; } = new();

    public sealed class ExpectationsForm
    {
        public string? Expectations { get; set; }
        public string? IntendedAchievements { get; set; }
        public string? CurrentRole { get; set; }
        public string? FutureRole { get; set; }
        public string? IntendedContributions { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid partnerId)
    {
        if (!await LoadAsync(id, partnerId))
            return NotFound();
        var p = Row.Partner;
        Input = new ExpectationsForm
        {
            Expectations = p.Expectations,
            IntendedAchievements = p.IntendedAchievements,
            CurrentRole = p.CurrentRole,
            FutureRole = p.FutureRole,
            IntendedContributions = p.IntendedContributions,
            Version = p.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid partnerId)
    {
        if (!await LoadAsync(id, partnerId))
            return NotFound();
        if (!CanGive)
            return Forbid();
        if (string.IsNullOrWhiteSpace(Input.Expectations))
            ModelState.AddModelError("Input.Expectations", "Enter what your organisation expects of the partnership");
        foreach (
            var (field, value) in new[]
            {
                (nameof(Input.Expectations), Input.Expectations),
                (nameof(Input.IntendedAchievements), Input.IntendedAchievements),
                (nameof(Input.CurrentRole), Input.CurrentRole),
                (nameof(Input.FutureRole), Input.FutureRole),
                (nameof(Input.IntendedContributions), Input.IntendedContributions),
            }
        )
            if (value?.Length > PartnershipPartner.TextMaxLength)
                ModelState.AddModelError(
                    $"Input.{field}",
                    $"This answer must be {PartnershipPartner.TextMaxLength:N0} characters or fewer"
                );
        if (!ModelState.IsValid)
            return Page();

        var partner = Row.Partner;
        db.PartnershipPartners.Attach(partner);
        partner.Expectations = Clean(Input.Expectations);
        partner.IntendedAchievements = Clean(Input.IntendedAchievements);
        partner.CurrentRole = Clean(Input.CurrentRole);
        partner.FutureRole = Clean(Input.FutureRole);
        partner.IntendedContributions = Clean(Input.IntendedContributions);
        (partner.ExpectationsGivenAt, partner.ExpectationsGivenBy) = (clock.GetUtcNow(), user.DisplayName);
        var outcome = await VersionedSave.SaveAsync(db, partner, Input.Version, () =>
            db.PartnershipPartners.AsNoTracking().FirstOrDefaultAsync(pp => pp.Id == partnerId)
        );
        if (!outcome.Saved)
        {
            ModelState.AddModelError("Input.Expectations", ConflictMessages.Edited("partner's expectations"));
            Input.Version = outcome.Current?.Version ?? Input.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"{Row.Organisation}'s expectations are saved in the plan";
        return Redirect(this.Links().Plan(id));
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
        CanGive = user.Can(Policies.PartnershipsWrite, row.Partner.OrganisationId);
        return true;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
