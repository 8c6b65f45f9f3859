namespace CareCommissioning.Web.Pages.Partnerships.Contributions;

/// <summary>
/// Changing or removing one contribution, by the contributing partner's own people only (PB-P5). A save or removal
/// over someone else's newer change is refused with 409, the answers kept.
/// </summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class ChangeModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public static readonly string ConflictMessage = ConflictMessages.Edited("contribution");

    public PartnershipMembership Scope { get; private set; } = default!;
    public PartnershipContribution Contribution { get; private set; } = default!;
    public (FinancialYear First, FinancialYear Last) Allowed { get; private set; }

    /// <summary>What a change would do to an agreement already put to the partners, or null.</summary>
    public string? Warning { get; private set; }

    [BindProperty]
    public ContributionForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid contributionId)
    {
        if (await LoadAsync(id, contributionId) is { } refused)
            return refused;
        Input = ContributionForm.From(Contribution);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid contributionId)
    {
        if (await LoadAsync(id, contributionId) is { } refused)
            return refused;
        // The partner does not change: a contribution belongs to the partner that made it.
        Input.PartnerId = Contribution.PartnerId.ToString();
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), ContributionRules.Validate(details, Scope.PartnerIds, Allowed));
        if (!ModelState.IsValid)
            return Page();
        db.PartnershipContributions.Attach(Contribution);
        ContributionRules.ApplyTo(details, Contribution);
        return await SaveAsync(id, "saved");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid contributionId)
    {
        if (await LoadAsync(id, contributionId) is { } refused)
            return refused;
        db.PartnershipContributions.Remove(Contribution);
        return await SaveAsync(id, "removed");
    }

    private async Task<IActionResult> SaveAsync(Guid id, string done)
    {
        var outcome = await VersionedSave.SaveAsync(db, Contribution, Input.Version, () =>
            db.PartnershipContributions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == Contribution.Id)
        );
        if (!outcome.Saved)
        {
            if (outcome.Current is not { } current)
                return NotFound();
            ModelState.AddModelError("Input.Amount", ConflictMessage);
            Contribution = current;
            Input.Version = current.Version;
            ModelState.Remove("Input.Version");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] =
            $"{Scope.NameOf(Contribution.PartnerId)}'s contribution '{Contribution.Description}' has been {done}";
        return Redirect(this.Links().PartnershipContributions(id));
    }

    /// <summary>Null when the user may change the contribution; 404 when they cannot see it, 403 when it is another
    /// partner's.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, Guid contributionId)
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return NotFound();
        var contribution = await db
            .PartnershipContributions.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == contributionId && c.PartnershipId == id);
        if (contribution is null)
            return NotFound();
        if (!scope.WritesFor(contribution.PartnerId))
            return Forbid();
        Scope = scope;
        Contribution = contribution;
        Warning = await NewVersionWarning.ForAsync(
            db,
            await db.PartnershipAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.PartnershipId == id)
        );
        Allowed = ContributionRules.Years(
            scope.Partnership.StartDate,
            scope.Partnership.EndDate,
            UkCalendar.Today(clock)
        );
        return null;
    }
}
