namespace CareCommissioning.Web.Pages.Needs.Funding;

/// <summary>Adds a funding opportunity: only those who may change needs and money.</summary>
[Authorize(Policy = Policies.NeedsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : FundingPageModel(db, user, clock);

/// <summary>A funding opportunity: anyone who may read needs and money sees it; those who may change it can.</summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : FundingPageModel(db, user, clock);

/// <summary>Adds a funding opportunity (no id) or changes one, with its viability assessment; a concurrent change is
/// refused.</summary>
public abstract class FundingPageModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed this funding opportunity while you were editing it. Check it, then save again.";

    [BindProperty]
    public FundingForm Input { get; set; } = new();
    public FundingOpportunity? Existing { get; private set; }
    public bool CanChange { get; private set; }
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        Input = Existing is null
            ? new FundingForm { FirstYear = UkCalendar.ThisFinancialYear(clock).Next().ToString() }
            : FundingForm.From(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        if (await LoadAsync(id, track: true) is { } refused)
            return refused;
        if (!CanChange)
            return Forbid();
        var now = clock.GetUtcNow();
        var f = Existing
            ?? new FundingOpportunity
            {
                Name = "",
                Funder = "",
                CreatedAt = now,
                OrganisationId = OrganisationChoice.Resolve(
                    user,
                    Policies.NeedsWrite,
                    Input.OrganisationId,
                    ModelState,
                    "Input.OrganisationId",
                    "funding opportunity"
                ) ?? Guid.Empty,
            };
        Input.ApplyTo(f, ModelState);
        if (!ModelState.IsValid)
        {
            if (Existing is not null)
                db.ChangeTracker.Clear();
            return Page();
        }
        f.UpdatedAt = now;
        if (Existing is null)
        {
            db.FundingOpportunities.Add(f);
            await db.SaveChangesAsync();
        }
        else
        {
            var outcome = await VersionedSave.SaveAsync(db, f, Input.Version, () =>
                db.FundingOpportunities.AsNoTracking().FirstOrDefaultAsync(x => x.Id == f.Id)
            );
            if (!outcome.Saved)
            {
                if (outcome.Current is null)
                    return NotFound();
                Existing = outcome.Current;
                Input.Version = outcome.Current.Version;
                ModelState.Remove("Input.Version");
                ModelState.AddModelError(string.Empty, ConflictMessage);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }
        }
        TempData[PageKeys.SuccessMessage] = $"{f.Name} has been saved";
        return Redirect(this.Links().Funding());
    }

    private async Task<IActionResult?> LoadAsync(Guid? id, bool track = false)
    {
        if (id is { } key)
        {
            var query = track ? db.FundingOpportunities : db.FundingOpportunities.AsNoTracking();
            Existing = await query.FirstOrDefaultAsync(f => f.Id == key);
            if (Existing is null || !user.Can(Policies.NeedsRead, Existing.OrganisationId))
                return NotFound();
            CanChange = user.Can(Policies.NeedsWrite, Existing.OrganisationId);
            return null;
        }
        CanChange = user.OrganisationsFor(Policies.NeedsWrite).Count > 0;
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.NeedsWrite);
        return CanChange ? null : Forbid();
    }
}
