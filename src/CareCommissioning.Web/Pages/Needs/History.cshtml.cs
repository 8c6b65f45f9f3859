using CareCommissioning.Domain.Demand;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CareCommissioning.Web.Pages.Needs;

[Authorize(Policy = Policies.NeedsRead)]
public sealed class HistoryModel(AppDbContext db, CurrentUser user) : RecordHistoryPageModel(db)
{
    public Task<IActionResult> OnGetAsync(Guid id) =>
        ShowAsync(id, nameof(ServiceLine), async () => (await ServiceLineAccess.FindVisibleAsync(Db, user, id, Policies.NeedsRead))?.Name);
}
