namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// The organisations that can be partners: every commissioning body in the product that is not archived (councils,
/// NHS bodies, voluntary and other organisations; care providers are commissioned, not partners). Their names are
/// public; their records are not.
/// </summary>
public static class PartnerChoice
{
    public static async Task<IReadOnlyList<SelectListItem>> ItemsAsync(AppDbContext db)
    {
        var organisations = await db
            .Organisations.AsNoTracking()
            .Where(o => !o.Archived && o.Type != OrganisationType.CareProvider)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync();
        // Formatted here, not in SQL: the providers store a Guid as text in different cases.
        return organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
    }
}
