namespace CareCommissioning.Web.Pages.Needs;

/// <summary>Finding a service line the user may see or change; anything else is "not found".</summary>
public static class ServiceLineAccess
{
    public static async Task<ServiceLine?> FindVisibleAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy,
        bool track = false
    )
    {
        var query = track ? db.ServiceLines : db.ServiceLines.AsNoTracking();
        var line = await query.FirstOrDefaultAsync(s => s.Id == id);
        return line is not null && user.OrganisationsFor(policy).Contains(line.OrganisationId) ? line : null;
    }

    public static Task<List<DemandFigure>> FiguresAsync(AppDbContext db, Guid id) =>
        db.DemandFigures.AsNoTracking().Where(f => f.ServiceLineId == id).OrderBy(f => f.Year).ToListAsync();
}
