namespace CareCommissioning.Web.Pages.Partnerships.Contributions;

/// <summary>
/// What each partner puts into the pool, year by year, cash and in kind, with the pool's total (PB-P5). Every partner
/// sees every contribution; a partner's own people add theirs here and change or remove them on the contribution's
/// page.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public PartnershipMembership Scope { get; private set; } = default!;
    public IReadOnlyList<PartnershipContribution> Contributions { get; private set; } = [];
    public IReadOnlyList<YearContributions> Years { get; private set; } = [];
    public (FinancialYear First, FinancialYear Last) Allowed { get; private set; }
    public DateOnly Today => UkCalendar.Today(clock);

    /// <summary>How contributions may vary: a term of the agreement, null until the host sets it.</summary>
    public string? Variation { get; private set; }

    /// <summary>What a change would do to an agreement already put to the partners, or null.</summary>
    public string? Warning { get; private set; }

    [BindProperty]
    public ContributionForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Input.Year = FinancialYear
            .Containing(Today)
            .StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Scope.Mine.Count == 1)
            Input.PartnerId = Scope.Mine[0].Partner.Id.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (Scope.Mine.Count == 0)
            return Forbid();
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), ContributionRules.Validate(details, Scope.PartnerIds, Allowed));
        // A partner's contribution is recorded by its own people only.
        if (ModelState.IsValid && !Scope.WritesFor(details.PartnerId!.Value))
            return Forbid();
        if (!ModelState.IsValid)
            return Page();
        var contribution = new PartnershipContribution { PartnershipId = id, Description = "" };
        ContributionRules.ApplyTo(details, contribution);
        db.PartnershipContributions.Add(contribution);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] =
            $"{Scope.NameOf(contribution.PartnerId)}'s contribution of {Display.MoneyInText(contribution.Amount)} for {new FinancialYear(contribution.Year)} has been added";
        return Redirect(this.Links().PartnershipContributions(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return false;
        Scope = scope;
        Allowed = ContributionRules.Years(scope.Partnership.StartDate, scope.Partnership.EndDate, Today);
        Contributions = await db
            .PartnershipContributions.AsNoTracking()
            .Where(c => c.PartnershipId == id)
            .OrderBy(c => c.Year)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.Description)
            .ToListAsync();
        // One reading of the agreement gives both how contributions may vary and what a change would do to it.
        var agreement = await db.PartnershipAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.PartnershipId == id);
        Variation = agreement?.ContributionVariation;
        Warning = await NewVersionWarning.ForAsync(db, agreement);
        Years = YearContributions.ByYear(Contributions, scope.Partners.Select(p => p.Partner.Id).ToList());
        return true;
    }
}
