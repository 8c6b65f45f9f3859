namespace CareCommissioning.Web.Pages.Contracts.Outcomes;

/// <summary>Finding a contract outcome the user may read or change: in one of their organisations, or "not found", so
/// nothing is learnt by guessing an address.</summary>
public static class OutcomeAccess
{
    public static Task<ContractOutcome?> FindAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy,
        bool track = false
    )
    {
        var orgs = user.OrganisationsFor(policy);
        var query = track ? db.ContractOutcomes : db.ContractOutcomes.AsNoTracking();
        return query.FirstOrDefaultAsync(o => o.Id == id && orgs.Contains(o.OrganisationId));
    }
}
