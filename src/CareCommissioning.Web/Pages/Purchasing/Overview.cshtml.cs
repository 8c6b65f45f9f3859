using CareCommissioning.Web.Pages.Purchasing.Plan;

namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>
/// One purchase: where it has got to, the planning questions still to answer (a task list), and what it says; for its
/// requester, the ways to withdraw or cancel it (or why it can no longer be cancelled); and, once cancelled, who
/// cancelled it, when and why.
/// </summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class OverviewModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PurchasePageModel(db, user, clock)
{
    public IReadOnlyList<PurchaseSummary.Row> Rows { get; private set; } = [];
    public IReadOnlyList<(PlanSteps.Step Step, bool Done)> Tasks { get; private set; } = [];
    public bool IsRequester { get; private set; }
    public bool CanWithdraw { get; private set; }
    public bool CanCancel { get; private set; }
    public string? CancelledBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        Rows = await PurchaseSummary.RowsAsync(Db, Purchase);
        Tasks = PlanSteps.All.Select(s => (s, PlanSteps.Done(Purchase, Today, s))).ToList();
        IsRequester = Purchase.RequestedByUserId == Current.Id;
        CanWithdraw = PurchaseWorkflow.WithdrawRefusal(Purchase, Current.Id).Succeeded;
        CanCancel = PurchaseWorkflow.CancelRefusal(Purchase, Current.Id).Succeeded;
        if (Purchase.CancelledByUserId is { } by)
            CancelledBy = await Db
                .Users.AsNoTracking()
                .Where(u => u.Id == by)
                .Select(u => u.DisplayName)
                .FirstOrDefaultAsync();
        return Page();
    }
}
