using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>One purchase: where it has got to, the planning questions still to answer (a task list), and what it says.</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class OverviewModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PurchasePageModel(db, user, clock)
{
    public IReadOnlyList<PurchaseSummary.Row> Rows { get; private set; } = [];
    public IReadOnlyList<(PlanSteps.Step Step, bool Done)> Tasks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Rows = await PurchaseSummary.RowsAsync(Db, Purchase);
        Tasks = PlanSteps.All.Select(s => (s, PlanSteps.Done(Purchase, Today, s))).ToList();
        return Page();
    }
}
