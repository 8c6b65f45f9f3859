namespace CareCommissioning.Web.Pages.Partnerships.Plan;

/// <summary>
/// One partner's expectations of the partnership (PB-P9): what it expects, what the partnership should achieve, its
/// current and future roles and contributions. Every partner reads them; only the partner's own people give them. A
/// stale save is refused with the answers kept.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class ExpectationsModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PartnerRowPageModel(db, user)
{
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
        if (!CanRecord)
            return Forbid();
        if (string.IsNullOrWhiteSpace(Input.Expectations))
            ModelState.AddModelError("Input.Expectations", "Enter what your organisation expects of the partnership");
        CheckLengths(
            (nameof(Input.Expectations), Input.Expectations),
            (nameof(Input.IntendedAchievements), Input.IntendedAchievements),
            (nameof(Input.CurrentRole), Input.CurrentRole),
            (nameof(Input.FutureRole), Input.FutureRole),
            (nameof(Input.IntendedContributions), Input.IntendedContributions)
        );
        if (!ModelState.IsValid)
            return Page();

        var partner = Attach();
        partner.Expectations = Clean(Input.Expectations);
        partner.IntendedAchievements = Clean(Input.IntendedAchievements);
        partner.CurrentRole = Clean(Input.CurrentRole);
        partner.FutureRole = Clean(Input.FutureRole);
        partner.IntendedContributions = Clean(Input.IntendedContributions);
        (partner.ExpectationsGivenAt, partner.ExpectationsGivenBy) = (clock.GetUtcNow(), Me.DisplayName);
        if (await SaveOrConflictAsync(Input.Version, nameof(Input.Expectations), "partner's expectations") is { } now)
        {
            Input.Version = now;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"{Row.Organisation}'s expectations are saved in the plan";
        return Redirect(this.Links().Plan(id));
    }
}
