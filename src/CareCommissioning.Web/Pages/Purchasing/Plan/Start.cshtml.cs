namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>Starts a purchase with its first question, what is needed (PU-P1); the draft is saved once that is
/// answered.</summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class StartModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public WhatForm Input { get; set; } = new();

    [BindProperty]
    public string? OrganisationId { get; set; }
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.Purchase);

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.Purchase);
        var organisation = OrganisationChoice.Resolve(
            user,
            Policies.Purchase,
            OrganisationId,
            ModelState,
            nameof(OrganisationId),
            "purchase"
        );
        var now = clock.GetUtcNow();
        var r = new PurchaseRequest
        {
            Description = "",
            RequestedByUserId = user.Id,
            OrganisationId = organisation ?? Guid.Empty,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Input.ApplyTo(r, ModelState);
        PlanSteps.AddProblems(ModelState, r, Domain.Common.UkCalendar.Today(clock), "/what");
        if (!ModelState.IsValid)
            return Page();
        db.PurchaseRequests.Add(r);
        await db.SaveChangesAsync();
        return Redirect(this.Links().Purchase(r.Id) + PlanSteps.After("/what"));
    }
}
