using CareCommissioning.Domain.Stakeholders;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>Finding a stakeholder the user may see or change; anything else is "not found", so existence is not revealed.</summary>
public static class StakeholderAccess
{
    public static Task<Stakeholder?> FindVisibleAsync(AppDbContext db, CurrentUser user, Guid id, string policy, bool track = false)
    {
        var orgs = user.OrganisationsFor(policy);
        var query = track ? db.Stakeholders : db.Stakeholders.AsNoTracking();
        return query.FirstOrDefaultAsync(s => s.Id == id && orgs.Contains(s.OrganisationId));
    }

    public static async Task<IReadOnlyList<SelectListItem>> WritableOrganisationsAsync(AppDbContext db, CurrentUser user)
    {
        var orgs = user.OrganisationsFor(Policies.StakeholdersWrite);
        return await db.Organisations.AsNoTracking().Where(o => orgs.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
    }
}
