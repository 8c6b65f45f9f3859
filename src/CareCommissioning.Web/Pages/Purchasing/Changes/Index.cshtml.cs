namespace CareCommissioning.Web.Pages.Purchasing.Changes;

/// <summary>Proposals to change the purchasing process (PU-P15): anyone in the organisation proposes, specialists
/// discuss and decide.</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public IReadOnlyList<ProcessChangeProposal> Proposals { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var visible = user.OrganisationsFor(Policies.PurchasingRead);
        Proposals = await db
            .ProcessChangeProposals.AsNoTracking()
            .Where(p => visible.Contains(p.OrganisationId))
            .OrderBy(p => p.Status)
            .ThenByDescending(p => p.ProposedAt)
            .Take(200)
            .ToListAsync();
    }
}
