namespace CareCommissioning.Web.Infrastructure.Forms;

/// <summary>
/// A page that adds a record to one of the organisations the user may add to. GET shows the blank form; POST settles
/// the organisation, checks the answers (400 with the errors), adds the record and goes to it with a success message. A
/// page says only what policy and words it uses and how it builds its record.
/// </summary>
public abstract class AddPageModel<TRecord, TForm> : PageModel
    where TRecord : class
    where TForm : class, IOrganisationForm, new()
{
    private readonly AppDbContext _db;
    private readonly CurrentUser _user;
    private readonly TimeProvider _clock;

    protected AddPageModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        (_db, _user, _clock) = (db, user, clock);
        Input = NewForm();
    }

    /// <summary>For a page whose record brings rows of its own to add in the same save.</summary>
    protected AppDbContext Db => _db;

    protected CurrentUser Me => _user;

    [BindProperty]
    public TForm Input { get; set; }

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    /// <summary>The policy that lets a user add the record, in an organisation.</summary>
    protected abstract string Policy { get; }

    /// <summary>The record as the organisation question names it, like "risk".</summary>
    protected abstract string Noun { get; }

    /// <summary>The blank form, with any answer it starts with.</summary>
    protected virtual TForm NewForm() => new();

    /// <summary>Anything the blank form shows that depends on today.</summary>
    protected virtual void Prefill(DateTimeOffset now) { }

    /// <summary>Checks <see cref="Input"/> into ModelState and, when nothing is wrong, builds the new record.</summary>
    protected abstract TRecord? Build(Guid organisation, DateTimeOffset now);

    protected abstract string AddedMessage(TRecord record);

    protected abstract string PathTo(TRecord record);

    public async Task OnGetAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(_db, _user, Policy);
        Prefill(_clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(_db, _user, Policy);
        var organisation = OrganisationChoice.Resolve(
            _user,
            Policy,
            Input.OrganisationId,
            ModelState,
            $"{nameof(Input)}.{nameof(IOrganisationForm.OrganisationId)}",
            Noun
        );
        var record = Build(organisation ?? Guid.Empty, _clock.GetUtcNow());
        if (record is null || !ModelState.IsValid)
            return Page();
        _db.Add(record);
        await _db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = AddedMessage(record);
        return Redirect(PathTo(record));
    }
}
