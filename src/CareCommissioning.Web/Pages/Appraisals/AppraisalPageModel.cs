namespace CareCommissioning.Web.Pages.Appraisals;

/// <summary>
/// The base of every page that reads or changes one appraisal: finds it (or answers not found), says whether the user
/// may change it, and saves content edits against the version the user read, so a concurrent edit is refused rather
/// than lost.
/// </summary>
public abstract class AppraisalPageModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed this appraisal while you were working on it. Your answers are below: check the appraisal, then save again.";
    public const string LockedMessage =
        "This appraisal has gone for decision, so it can no longer be changed. Move it back to engagement closed to change it.";

    protected AppDbContext Db => db;
    protected CurrentUser Current => user;
    protected TimeProvider Clock => clock;

    public Appraisal Appraisal { get; private set; } = default!;
    public bool CanChange { get; private set; }

    /// <summary>The version of the appraisal the form was built from; posted back to detect concurrent edits.</summary>
    [BindProperty]
    public int AppraisalVersion { get; set; }

    /// <summary>
    /// Loads the appraisal; null when the user may go on, otherwise the answer to give: not found when they cannot see
    /// it, forbidden when they can see it but <paramref name="forChange"/> asks for a change they may not make.
    /// </summary>
    protected async Task<IActionResult?> LoadAsync(
        Guid id,
        bool forChange = false,
        string changePolicy = Policies.AppraisalsWrite
    )
    {
        var found = await AppraisalAccess.FindVisibleAsync(db, user, id, Policies.AppraisalsRead, track: forChange);
        if (found is null)
            return NotFound();
        if (forChange && !user.Can(changePolicy, found.OrganisationId))
            return Forbid();
        Appraisal = found;
        CanChange = found.Editable && user.Can(Policies.AppraisalsWrite, found.OrganisationId);
        if (HttpMethods.IsGet(Request.Method))
            AppraisalVersion = found.Version;
        return null;
    }

    /// <summary>Answers 400 with the page when the appraisal is past changing, so a stale form never edits a decided
    /// record.</summary>
    protected bool RefuseIfLocked()
    {
        if (Appraisal.Editable)
            return false;
        ModelState.AddModelError(string.Empty, LockedMessage);
        return true;
    }

    /// <summary>Removes one item from the appraisal's content and saves, then goes back to <paramref name="then"/>; 404
    /// when <paramref name="remove"/> found no item with the id asked for.</summary>
    protected async Task<IActionResult> RemoveAsync(
        Guid id,
        Func<AppraisalContent, int> remove,
        string successMessage,
        string then
    )
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
            return Page();
        if (remove(Appraisal.Content) == 0)
            return NotFound();
        return await SaveAsync(successMessage) ?? Redirect(Path(then));
    }

    /// <summary>The page again with its errors; <see cref="Infrastructure.Forms.InvalidFormStatusFilter"/> answers
    /// 400.</summary>
    protected IActionResult Invalid() => Page();

    protected void AddErrors(string prefix, IEnumerable<FieldError> errors) =>
        ModelState.AddDomainErrors(prefix, errors);

    /// <summary>Saves the tracked appraisal; on a concurrent change shows the conflict and answers 409 with the user's
    /// answers kept.</summary>
    protected async Task<IActionResult?> SaveAsync(string successMessage)
    {
        Appraisal.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, Appraisal, AppraisalVersion, () =>
            AppraisalAccess.FindVisibleAsync(db, user, Appraisal.Id, Policies.AppraisalsRead)
        );
        if (outcome.Saved)
        {
            TempData[PageKeys.SuccessMessage] = successMessage;
            return null;
        }
        if (outcome.Current is null)
            return NotFound();
        Appraisal = outcome.Current;
        AppraisalVersion = outcome.Current.Version;
        ModelState.Remove(nameof(AppraisalVersion));
        ModelState.AddModelError(string.Empty, ConflictMessage);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    protected string Path(string rest = "") => $"/appraisals/{Appraisal.Id}{rest}";
}
