namespace CareCommissioning.Web.Pages.Risks;

/// <summary>Finding a risk the user may see or change; anything else is "not found", so existence is not
/// revealed.</summary>
public static class RiskAccess
{
    public static Task<Risk?> FindVisibleAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy,
        bool track = false
    )
    {
        var orgs = user.OrganisationsFor(policy);
        var query = track ? db.Risks : db.Risks.AsNoTracking();
        return query.FirstOrDefaultAsync(r => r.Id == id && orgs.Contains(r.OrganisationId));
    }

    public static DateOnly Today(TimeProvider clock) => Domain.Common.UkCalendar.Today(clock);
}
