namespace CareCommissioning.Web.Infrastructure.Concurrency;

/// <summary>
/// An edit page for a record people change together. GET shows the record the user may change; POST validates the
/// answers (400 with the errors) and saves them with the version the form was loaded at. If someone saved in between
/// nothing is written: the page answers 409, shows what differs and keeps the answers, and saving again then
/// deliberately replaces their version. A page says only how to find, show, apply and compare its record.
/// </summary>
public abstract class VersionedEditPageModel<TRecord, TForm>(AppDbContext db, TimeProvider clock) : PageModel
    where TRecord : class, IVersioned
    where TForm : class, IVersionedForm, new()
{
    protected AppDbContext Db { get; } = db;

    [BindProperty]
    public TForm Input { get; set; } = new();

    /// <summary>The record's name as it was saved, for the heading.</summary>
    public string Name { get; private set; } = "";

    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }

    /// <summary>The record the user may change, or null where they may not see it.</summary>
    protected abstract Task<TRecord?> FindAsync(Guid id, bool track);

    protected abstract string NameOf(TRecord record);

    protected abstract TForm ToForm(TRecord record);

    /// <summary>Puts what is wrong with <see cref="Input"/> in ModelState; if nothing is, applies it and stamps
    /// <paramref name="now"/>.</summary>
    protected abstract void Apply(TRecord record, DateTimeOffset now);

    /// <summary>What differs between the record as someone else saved it and the answers given here.</summary>
    protected abstract IReadOnlyList<FieldDifference> Differences(TRecord saved, TRecord yours);

    /// <summary>The page's <see cref="ConflictMessages"/> wording.</summary>
    protected abstract string ConflictText { get; }

    protected abstract string DetailsPath(Guid id);

    /// <summary>Anything to add to the context before saving, such as new child rows.</summary>
    protected virtual void BeforeSave(TRecord record) { }

    protected virtual string SavedMessage(TRecord record) => $"Your changes to {NameOf(record)} have been saved";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var record = await FindAsync(id, track: false);
        if (record is null)
            return NotFound();
        Name = NameOf(record);
        Input = ToForm(record);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var record = await FindAsync(id, track: true);
        if (record is null)
            return NotFound();
        Name = NameOf(record);
        Apply(record, clock.GetUtcNow());
        if (!ModelState.IsValid)
            return Page();

        BeforeSave(record);
        var outcome = await VersionedSave.SaveAsync(Db, record, Input.Version, () => FindAsync(id, track: false));
        if (!outcome.Saved)
        {
            if (outcome.Current is not { } current)
                return NotFound();
            Conflict = Differences(current, record);
            Input.Version = current.Version;
            ModelState.Remove($"{nameof(Input)}.{nameof(IVersionedForm.Version)}");
            ModelState.AddModelError(string.Empty, ConflictText);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = SavedMessage(record);
        return Redirect(DetailsPath(id));
    }
}
