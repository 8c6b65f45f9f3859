namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>Finding a stakeholder the user may see or change; anything else is "not found", so existence is not
/// revealed.</summary>
public static class StakeholderAccess
{
    // The by-id read is the API's hottest path: a compiled query by primary key, with visibility checked after. The API
    // load run's yardstick reads through it too (benchmarks, decision 0030), so the two run the same query.
    internal static readonly Func<AppDbContext, Guid, Task<Stakeholder?>> ById = EF.CompileAsyncQuery(
        (AppDbContext db, Guid id) => db.Stakeholders.AsNoTracking().FirstOrDefault(s => s.Id == id)
    );

    public static async Task<Stakeholder?> FindVisibleAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy,
        bool track = false
    )
    {
        var stakeholder = track ? await db.Stakeholders.FirstOrDefaultAsync(s => s.Id == id) : await ById(db, id);
        return stakeholder is not null && user.OrganisationsFor(policy).Contains(stakeholder.OrganisationId)
            ? stakeholder
            : null;
    }
}
