namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// A page of one evaluation: it finds the evaluation the person may see (or change) and answers "not found" for any
/// other, so another organisation's address reveals nothing.
/// </summary>
public abstract class EvaluationPageModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    protected AppDbContext Db { get; } = db;
    protected CurrentUser Person { get; } = user;
    protected TimeProvider Clock { get; } = clock;

    public StrategyEvaluation Evaluation { get; protected set; } = default!;
    public bool CanChange { get; private set; }

    protected DateOnly Today => UkCalendar.Today(Clock);

    /// <summary>Finds the evaluation the person may change (tracked when <paramref name="track"/>).</summary>
    protected async Task<bool> FindToChangeAsync(Guid id, bool track = false)
    {
        if (await EvaluationAccess.FindToChangeAsync(Db, Person, id, track) is not { } e)
            return false;
        Evaluation = e;
        CanChange = true;
        return true;
    }

    /// <summary>Finds the evaluation the person may read.</summary>
    protected async Task<bool> FindVisibleAsync(Guid id, string policy = Policies.EvaluationsRead)
    {
        if (await EvaluationAccess.FindVisibleAsync(Db, Person, id, policy) is not { } e)
            return false;
        Evaluation = e;
        CanChange = EvaluationAccess.Keeps(Person, e);
        return true;
    }

    protected IActionResult Done(string message, string? part = null)
    {
        TempData[PageKeys.SuccessMessage] = message;
        var links = this.Links();
        return Redirect(part is null ? links.Evaluation(Evaluation.Id) : links.EvaluationPart(Evaluation.Id, part));
    }
}

/// <summary>
/// A page of the preliminary assessment that changes the evaluation itself: the form carries the version it was read
/// at, and a save over someone else's change is refused with 409 and the answers kept (see <see
/// cref="ScreeningCommands"/>).
/// </summary>
public abstract class ScreeningPageModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public const string ConflictMessage =
        "Someone else changed this evaluation after you opened this page. Check what is saved now, then save again";

    [BindProperty]
    public int Version { get; set; }

    /// <summary>The form's fields named as the domain names them; any other error goes to the summary alone.</summary>
    protected abstract IReadOnlyCollection<string> Fields { get; }

    protected virtual string KeyFor(string field) => Fields.Contains(field) ? $"Input.{field}" : "";

    /// <summary>Puts what is saved into the form.</summary>
    protected virtual void Fill() { }

    /// <summary>Anything else the page shows.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        Version = Evaluation.Version;
        Fill();
        await LoadAsync();
        return Page();
    }

    /// <summary>Runs the move and answers as every screening page does.</summary>
    protected async Task<IActionResult> SaveAsync(Guid id, Func<Task<ScreeningCommands.Outcome>> run, string saved)
    {
        var outcome = await run();
        if (outcome.Gone)
            return NotFound();
        if (outcome.CurrentVersion is { } current)
        {
            ModelState.AddModelError("", ConflictMessage);
            Db.ChangeTracker.Clear();
            await FindToChangeAsync(id);
            Version = current;
            ModelState.Remove(nameof(Version));
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync();
            return Page();
        }
        ModelState.AddDomainErrors("", outcome.Errors, KeyFor);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        return Done(saved);
    }

    /// <summary>A date typed in three boxes, with its problem put on the field.</summary>
    protected DateOnly? DateOf(DateInputModel input, string field, string what)
    {
        if (input.TryParse(what, out var date) is { } problem)
            ModelState.AddModelError($"Input.{field}", problem);
        return date;
    }
}
