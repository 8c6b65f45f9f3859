using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareCommissioning.Web.Pages.Risks;

[Authorize(Policy = Policies.RisksRead)]
public sealed class HistoryModel(AppDbContext db, CurrentUser user) : PageModel
{
    public RecordHistory History { get; private set; } = default!;
    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var risk = await RiskAccess.FindVisibleAsync(db, user, id, Policies.RisksRead);
        if (risk is null) return NotFound();
        Id = id;
        History = await RecordHistory.LoadAsync(db, nameof(Domain.Risks.Risk), id.ToString(), risk.Title);
        return Page();
    }
}
