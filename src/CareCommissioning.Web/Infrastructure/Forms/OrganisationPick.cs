using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Infrastructure.Forms;

public sealed record OrganisationOption(Guid Id, string Name, OrganisationType Type);

/// <summary>
/// Whose purchasing rules a page shows: the organisation asked for (when the user works there), otherwise the first of theirs by
/// name. Someone who works for one organisation never sees the choice.
/// </summary>
public static class OrganisationPick
{
    public static async Task<(OrganisationOption? Chosen, IReadOnlyList<OrganisationOption> All)> ForAsync(AppDbContext db, CurrentUser user, string policy, Guid? requested)
    {
        var allowed = user.OrganisationsFor(policy);
        var all = await db.Organisations.AsNoTracking().Where(o => allowed.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Type)).ToListAsync();
        return (all.FirstOrDefault(o => o.Id == requested) ?? all.FirstOrDefault(), all);
    }
}
