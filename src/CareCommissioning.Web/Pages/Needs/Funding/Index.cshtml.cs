namespace CareCommissioning.Web.Pages.Needs.Funding;

/// <summary>Funding opportunities with their viability and expected value (OA-P5), soonest deadline first.</summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public IReadOnlyList<FundingOpportunity> Opportunities { get; private set; } = [];
    public bool CanAdd { get; private set; }

    public async Task OnGetAsync()
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        CanAdd = user.OrganisationsFor(Policies.NeedsWrite).Count > 0;
        Opportunities = (
            await db
                .FundingOpportunities.AsNoTracking()
                .Where(f => visible.Contains(f.OrganisationId) && !f.Archived)
                .ToListAsync()
        )
            .OrderBy(f => f.Deadline ?? DateOnly.MaxValue)
            .ThenBy(f => f.Name)
            .ToList();
    }
}
