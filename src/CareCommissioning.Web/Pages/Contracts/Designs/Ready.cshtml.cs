namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>
/// Marking a design as ready (CD-P13): refused, with exactly what is missing, until every outcome has a performance
/// measure and the design has payment terms, safeguarding, data protection and termination provisions. Versioned: a
/// design changed since the page was read is not marked.
/// </summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class ReadyModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public ContractDesign Design { get; private set; } = default!;
    public IReadOnlyList<string> Missing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite) is not { } design)
            return NotFound();
        Design = design;
        Version = design.Version;
        Missing = await DesignAccess.MissingAsync(db, design);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite, track: true) is not { } design)
            return NotFound();
        Design = design;
        Missing = await DesignAccess.MissingAsync(db, design);
        if (Missing.Count > 0)
        {
            ModelState.AddDomainErrors("", DesignCommands.NotReady(Missing));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        design.MarkReady(clock.GetUtcNow());
        var saved = await VersionedSave.SaveAsync(db, design, Version, () =>
            DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite)
        );
        if (!saved.Saved)
        {
            if (saved.Current is not { } current)
                return NotFound();
            Design = current;
            Version = current.Version;
            ModelState.AddModelError("", ConflictMessages.Edited("contract design"));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"'{design.Title}' is ready";
        return Redirect(this.Links().ContractDesign(id));
    }
}
