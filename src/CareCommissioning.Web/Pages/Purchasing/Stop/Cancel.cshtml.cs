namespace CareCommissioning.Web.Pages.Purchasing.Stop;

/// <summary>
/// The requester cancels a purchase that is no longer needed, at any stage before the order, with a reason (who and
/// when are recorded; <see cref="PurchaseWorkflow.Cancel"/>). A purchase that cannot be cancelled says why, with no
/// form.
/// </summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class CancelModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : StopPurchasePageModel(db, user, clock)
{
    [BindProperty]
    public string? Reason { get; set; }

    protected override Result RefusalFor(PurchaseRequest r) => PurchaseWorkflow.CancelRefusal(r, Current.Id);

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, track: true) is { } refused)
            return refused;
        var problems = PurchaseWorkflow.Cancel(Purchase, Current.Id, Reason, Clock.GetUtcNow());
        if (problems.FirstOrDefault(p => p.Field.Length == 0) is { } refusal)
            return Refuse(refusal.Message);
        if (problems.Count > 0)
        {
            ModelState.AddDomainErrors("", problems, _ => nameof(Reason));
            return Invalid();
        }
        return await SaveAsync("The purchase has been cancelled") ?? Redirect(Path());
    }
}
