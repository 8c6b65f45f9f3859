namespace CareCommissioning.Web.Pages.Needs.Resources;

/// <summary>One resource: what it is committed to (each commitment can be released) and its description, which can be
/// changed.</summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed this resource while you were working on it. Check it as it is now, then make your change again.";

    [BindProperty]
    public ResourceForm Input { get; set; } = new();
    public OtherResource Resource { get; private set; } = default!;
    public IReadOnlyDictionary<Guid, string> AppraisalTitles { get; private set; } = new Dictionary<Guid, string>();
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } missing)
            return missing;
        Input = ResourceForm.From(Resource);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id)
    {
        if (await LoadAsync(id, track: true) is { } missing)
            return missing;
        if (!CanChange)
            return Forbid();
        if (!Input.ApplyTo(Resource, ModelState))
            return Invalid(StatusCodes.Status400BadRequest);
        Resource.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, Resource, Input.Version, () =>
            db.OtherResources.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id)
        );
        if (!outcome.Saved)
            return await ConflictAsync(id, keepAnswers: true);
        // Not refused: a resource can shrink below what is committed, but the shortfall is then plain on every page.
        TempData[PageKeys.SuccessMessage] =
            $"Your changes to {Resource.Name} have been saved"
            + (Resource.Remaining < 0 ? ". It is now committed beyond what is available" : "");
        return Redirect(this.Links().Resource(id));
    }

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, Guid useId, int version)
    {
        if (await LoadAsync(id, track: true) is { } missing)
            return missing;
        if (!CanChange)
            return Forbid();
        var outcome = await new ResourceCommitments(db, clock).ReleaseAsync(Resource, version, useId);
        if (outcome.Conflict)
            return await ConflictAsync(id, keepAnswers: false);
        if (!outcome.Saved)
        {
            ModelState.AddModelError(string.Empty, outcome.Errors[0].Message);
            Input = ResourceForm.From(Resource);
            return Invalid(StatusCodes.Status400BadRequest);
        }
        TempData[PageKeys.SuccessMessage] = outcome.Impact;
        return Redirect(this.Links().Resource(id));
    }

    private async Task<IActionResult> ConflictAsync(Guid id, bool keepAnswers)
    {
        db.ChangeTracker.Clear();
        if (await LoadAsync(id) is { } missing)
            return missing;
        var answers = Input;
        Input = keepAnswers ? answers : ResourceForm.From(Resource);
        Input.Version = Resource.Version;
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, ConflictMessage);
        return Invalid(StatusCodes.Status409Conflict);
    }

    private IActionResult Invalid(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool track = false)
    {
        var query = track ? db.OtherResources : db.OtherResources.AsNoTracking();
        var r = await query.FirstOrDefaultAsync(x => x.Id == id);
        if (r is null || !user.Can(Policies.NeedsRead, r.OrganisationId))
            return NotFound();
        Resource = r;
        CanChange = user.Can(Policies.NeedsWrite, r.OrganisationId);
        var ids = r.Uses.Where(u => u.AppraisalId is not null).Select(u => u.AppraisalId!.Value).ToList();
        AppraisalTitles = await db
            .Appraisals.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Title);
        return null;
    }
}
