using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareCommissioning.Web.Pages.Needs;

[Authorize(Policy = Policies.NeedsRead)]
public sealed class HistoryModel(AppDbContext db, CurrentUser user) : PageModel
{
    public RecordHistory History { get; private set; } = default!;
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsRead);
        if (line is null) return NotFound();
        Id = id;
        History = await RecordHistory.LoadAsync(db, nameof(Domain.Demand.ServiceLine), id.ToString(), line.Name);
        return Page();
    }
}
