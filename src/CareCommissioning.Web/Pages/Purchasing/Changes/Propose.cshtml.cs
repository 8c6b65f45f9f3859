namespace CareCommissioning.Web.Pages.Purchasing.Changes;

/// <summary>Proposes a change to the purchasing process (PU-P15), optionally from the evaluation of a
/// purchase.</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class ProposeModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class Form
    {
        public string? WhatToChange { get; set; }
        public string? Why { get; set; }
        public string? OrganisationId { get; set; }
    }

    [BindProperty]
    public Form Input { get; set; } = new();

    /// <summary>The purchase whose evaluation led to the proposal, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Purchase { get; set; }
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task OnGetAsync() =>
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.PurchasingRead);

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.PurchasingRead);
        var organisation = OrganisationChoice.Resolve(
            user,
            Policies.PurchasingRead,
            Input.OrganisationId,
            ModelState,
            "Input.OrganisationId",
            "proposal"
        );
        var p = new ProcessChangeProposal
        {
            OrganisationId = organisation ?? Guid.Empty,
            ProposedByUserId = user.Id,
            ProposedAt = clock.GetUtcNow(),
            WhatToChange = Input.WhatToChange?.Trim() ?? "",
            Why = Input.Why?.Trim() ?? "",
        };
        // Only a purchase the user can see may be named as the reason.
        if (
            Purchase is { } pid
            && await PurchaseAccess.FindVisibleAsync(db, user, pid, Domain.Common.UkCalendar.Today(clock)) is { } seen
            && seen.OrganisationId == p.OrganisationId
        )
            p.PurchaseRequestId = seen.Id;
        ModelState.AddDomainErrors("Input", ProcessChangeRules.Validate(p));
        if (!ModelState.IsValid)
            return Page();
        db.ProcessChangeProposals.Add(p);
        await db.SaveChangesAsync();
        TempData[Shared.PageKeys.SuccessMessage] = "Your proposal has been sent to the procurement specialists";
        return Redirect(this.Links().PurchasingChange(p.Id));
    }
}
