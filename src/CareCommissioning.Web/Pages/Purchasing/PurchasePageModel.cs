namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>
/// The base of every page about one purchase request: finds it (or answers not found), says whether the user may change
/// it (their own draft), and saves against the version the form was built from, so a concurrent change is refused, not
/// lost.
/// </summary>
public abstract class PurchasePageModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage =
        "This request was changed in another window or by someone else while you were working on it. Check it, then save again.";

    protected AppDbContext Db => db;
    protected CurrentUser Current => user;
    protected TimeProvider Clock => clock;

    public PurchaseRequest Purchase { get; protected set; } = default!;

    /// <summary>True when this is the user's own draft.</summary>
    public bool CanEdit { get; private set; }

    [BindProperty]
    public int PurchaseVersion { get; set; }

    /// <summary>"check" when the user came from the check-your-answers page and should go back there.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnTo { get; set; }

    public DateOnly Today => Domain.Common.UkCalendar.Today(clock);

    /// <summary>Loads the request; null to go on, else the answer: not found when it cannot be seen, forbidden when it
    /// cannot be changed.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, bool forEdit = false, bool track = false)
    {
        var found = await PurchaseAccess.FindVisibleAsync(db, user, id, Today, track: forEdit || track);
        if (found is null)
            return NotFound();
        Purchase = found;
        CanEdit = found.RequestedByUserId == user.Id && PurchaseWorkflow.CanEdit(found).Succeeded;
        if (forEdit && found.RequestedByUserId != user.Id)
            return Forbid();
        if (HttpMethods.IsGet(Request.Method))
            PurchaseVersion = found.Version;
        return null;
    }

    /// <summary>Refuses a change to a request that is no longer a draft, with the reason in the error summary
    /// (400).</summary>
    protected bool RefuseIfNotDraft()
    {
        if (PurchaseWorkflow.CanEdit(Purchase) is { Succeeded: false, Error: { } why })
        {
            ModelState.AddModelError(string.Empty, why);
            return true;
        }
        return false;
    }

    /// <summary>The page again with its errors; <see cref="Infrastructure.Forms.InvalidFormStatusFilter"/> answers
    /// 400.</summary>
    protected IActionResult Invalid() => Page();

    /// <summary>Saves the tracked request; on a concurrent change answers 409 with the page and the user's
    /// answers.</summary>
    protected async Task<IActionResult?> SaveAsync(string? successMessage = null)
    {
        Purchase.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, Purchase, PurchaseVersion, () =>
            PurchaseAccess.FindVisibleAsync(db, user, Purchase.Id, Today)
        );
        if (outcome.Saved)
        {
            if (successMessage is not null)
                TempData[PageKeys.SuccessMessage] = successMessage;
            return null;
        }
        if (outcome.Current is null)
            return NotFound();
        Purchase = outcome.Current;
        PurchaseVersion = outcome.Current.Version;
        ModelState.Remove(nameof(PurchaseVersion));
        ModelState.AddModelError(string.Empty, ConflictMessage);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Where a question page goes next: the next question, or back to check your answers.</summary>
    protected IActionResult Next(string step) => Redirect(ReturnTo == "check" ? Path("/check") : Path(step));

    protected string Path(string rest = "") => $"/purchasing/{Purchase.Id}{rest}";
}
