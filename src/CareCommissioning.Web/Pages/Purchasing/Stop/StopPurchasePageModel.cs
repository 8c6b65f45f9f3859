namespace CareCommissioning.Web.Pages.Purchasing.Stop;

/// <summary>
/// The base of the withdraw and cancel pages: a confirmation page for the requester, or, when the workflow does not
/// allow the move (<see cref="RefusalFor"/>), the reason and no form.
/// </summary>
public abstract class StopPurchasePageModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PurchasePageModel(db, user, clock)
{
    /// <summary>Why the purchase cannot make this move, or null when it can.</summary>
    public string? Refusal { get; protected set; }

    protected abstract Result RefusalFor(PurchaseRequest r);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        Refusal = RefusalFor(Purchase).Error;
        return Page();
    }

    /// <summary>Refuses the post with the reason alone in the error summary (the form is not shown then).</summary>
    protected IActionResult Refuse(string why)
    {
        Refusal = why;
        ModelState.AddModelError(string.Empty, why);
        return Invalid();
    }
}
