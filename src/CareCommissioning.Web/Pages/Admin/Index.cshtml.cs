namespace CareCommissioning.Web.Pages.Admin;

[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(AppDbContext db, CurrentUser me) : PageModel
{
    public int OrganisationCount { get; private set; }
    public int UserCount { get; private set; }
    public string AdministeredNames { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var scope = new AdminScope(db, me);
        var ids = scope.OrganisationIds.ToList();
        OrganisationCount = await db.Organisations.CountAsync(o => !o.Archived);
        UserCount = await scope.Users().CountAsync();
        var names = await db
            .Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => o.Name)
            .ToListAsync();
        AdministeredNames = names.Count switch
        {
            0 => "no organisations",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }
}
