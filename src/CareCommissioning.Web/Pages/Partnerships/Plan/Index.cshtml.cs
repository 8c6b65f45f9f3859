namespace CareCommissioning.Web.Pages.Partnerships.Plan;

/// <summary>The joint commissioning plan (PB-P3, P4, P9, P10): what each partner expects, where joint spending should
/// have most effect, and the outcomes with who is responsible; partners' writers add to it.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public PlanView Plan { get; private set; } = default!;
    public bool CanAdd { get; private set; }

    public bool CanGiveFor(PartnershipAccess.PartnerRow row) =>
        user.Can(Policies.PartnershipsWrite, row.Partner.OrganisationId);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var plan = await PlanView.LoadAsync(db, user, id);
        if (plan is null)
            return NotFound();
        Plan = plan;
        CanAdd = plan.Partners.Any(CanGiveFor);
        return Page();
    }
}
