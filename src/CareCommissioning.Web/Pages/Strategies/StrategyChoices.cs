namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>The strategies of the user's library another may relate to, by title, with partners' named by their
/// organisation.</summary>
public static class StrategyChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> RelatedAsync(
        AppDbContext db,
        CurrentUser user,
        Guid? except
    )
    {
        var own = user.OrganisationsFor(Policies.EvaluationsRead);
        var rows = await (
            from s in StrategyAccess.Visible(db, user)
            join o in db.Organisations.AsNoTracking() on s.OrganisationId equals o.Id
            where s.Id != except
            orderby s.Title
            select new
            {
                s.Id,
                s.Title,
                s.OrganisationId,
                Organisation = o.Name,
            }
        ).ToListAsync();
        return
        [
            new("Choose a strategy", ""),
            .. rows.Select(r => new SelectListItem(
                own.Contains(r.OrganisationId) ? r.Title : $"{r.Title} ({r.Organisation})",
                r.Id.ToString()
            )),
        ];
    }

    /// <summary>The names of the organisations <paramref name="ids"/>.</summary>
    public static Task<Dictionary<Guid, string>> OrganisationNamesAsync(AppDbContext db, IEnumerable<Guid> ids)
    {
        var list = ids.Distinct().ToList();
        return db
            .Organisations.AsNoTracking()
            .Where(o => list.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name);
    }
}
