namespace CareCommissioning.Web.Pages.Appraisals.Setup;

/// <summary>The service lines of an organisation an appraisal may address.</summary>
public static class ServiceLineChoices
{
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> ForAsync(
        AppDbContext db,
        IReadOnlyCollection<Guid> organisations
    ) =>
        (
            await db
                .ServiceLines.AsNoTracking()
                .Where(s => organisations.Contains(s.OrganisationId) && !s.Archived)
                .OrderBy(s => s.Name)
                .Select(s => new { s.Id, s.Name })
                .ToListAsync()
        )
            .Select(s => (s.Id, s.Name))
            .ToList();

    public static IReadOnlyList<SelectListItem> Items(IEnumerable<(Guid Id, string Name)> lines) =>
        [new SelectListItem("None", ""), .. lines.Select(l => new SelectListItem(l.Name, l.Id.ToString()))];
}
