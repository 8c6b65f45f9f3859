namespace CareCommissioning.Web.Pages.Engagements;

/// <summary>
/// The engagements a person taking part may see: appraisals past draft whose engagement invites one of the
/// organisations in which they take part. They see only what the engagement shares, never the working appraisal.
/// </summary>
public static class EngagementAccess
{
    public static async Task<IReadOnlyList<Appraisal>> VisibleAsync(AppDbContext db, CurrentUser user)
    {
        var mine = user.OrganisationsFor(Policies.Engage).ToHashSet();
        if (mine.Count == 0)
            return [];
        var shared = await db
            .Appraisals.AsNoTracking()
            .Where(a => a.Status != AppraisalStatus.Draft)
            .OrderByDescending(a => a.UpdatedAt)
            .ToListAsync();
        return shared.Where(a => a.Content.Engagement.InvitedOrganisationIds.Any(mine.Contains)).ToList();
    }

    public static async Task<Appraisal?> FindAsync(AppDbContext db, CurrentUser user, Guid id)
    {
        var mine = user.OrganisationsFor(Policies.Engage).ToHashSet();
        var a = await db
            .Appraisals.AsNoTracking()
            .FirstOrDefaultAsync(x => x.Id == id && x.Status != AppraisalStatus.Draft);
        return a is not null && a.Content.Engagement.InvitedOrganisationIds.Any(mine.Contains) ? a : null;
    }
}
