namespace CareCommissioning.Web.Pages.Purchasing.Stop;

/// <summary>
/// The requester takes a submitted, awaiting-approval or rejected request back to a draft to change it (<see
/// cref="PurchaseWorkflow.Withdraw"/>); it must then be submitted and approved again. Anything else says why it cannot
/// be withdrawn, with no form.
/// </summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class WithdrawModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : StopPurchasePageModel(db, user, clock)
{
    protected override Result RefusalFor(PurchaseRequest r) => PurchaseWorkflow.WithdrawRefusal(r, Current.Id);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, track: true) is { } refused)
            return refused;
        if (PurchaseWorkflow.Withdraw(Purchase, Current.Id) is { Succeeded: false, Error: { } why })
            return Refuse(why);
        return await SaveAsync(
            "Your request has been withdrawn and is a draft again. Change what you need, then check your answers and submit it."
        ) ?? Redirect(Path());
    }
}
