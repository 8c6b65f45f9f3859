namespace CareCommissioning.Web.Pages.Partnerships.Plan;

/// <summary>
/// The engagements a line of the plan can be agreed through (PB-P3): those of the partners' options appraisals that
/// have been shared with people (past draft, with organisations invited), and what each gathered. The appraisal's
/// engagement serves the plan as it is, rather than a second way of asking people.
/// </summary>
public static class PlanEngagements
{
    public sealed record Shared(Guid Id, string Title, string? Summary, int Responses);

    /// <summary>The partners' engagements, newest first.</summary>
    public static async Task<IReadOnlyList<Shared>> OfPartnersAsync(AppDbContext db, IReadOnlyCollection<Guid> partners)
    {
        var appraisals = await db
            .Appraisals.AsNoTracking()
            .Where(a => partners.Contains(a.OrganisationId) && a.Status != AppraisalStatus.Draft)
            .OrderByDescending(a => a.UpdatedAt)
            .ToListAsync();
        return await DescribeAsync(db, appraisals.Where(a => a.Content.Engagement.InvitedOrganisationIds.Count > 0));
    }

    /// <summary>The engagements named by lines of a plan, by id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Shared>> NamedAsync(AppDbContext db, IEnumerable<PlanItem> items)
    {
        var ids = items.Where(i => i.EngagementId is not null).Select(i => i.EngagementId!.Value).Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<Guid, Shared>();
        var appraisals = await db.Appraisals.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync();
        return (await DescribeAsync(db, appraisals)).ToDictionary(e => e.Id);
    }

    private static async Task<IReadOnlyList<Shared>> DescribeAsync(AppDbContext db, IEnumerable<Appraisal> appraisals)
    {
        var list = appraisals.ToList();
        var ids = list.Select(a => a.Id).ToList();
        var responses = (
            await db
                .Contributions.AsNoTracking()
                .Where(c => ids.Contains(c.AppraisalId))
                .Select(c => c.AppraisalId)
                .ToListAsync()
        )
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());
        return list.Select(a => new Shared(
                a.Id,
                a.Title,
                a.Content.Engagement.Summary,
                responses.GetValueOrDefault(a.Id)
            ))
            .ToList();
    }
}
