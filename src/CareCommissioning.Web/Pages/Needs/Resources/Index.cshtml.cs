namespace CareCommissioning.Web.Pages.Needs.Resources;

/// <summary>
/// Resources other than money (OA-P3, P10, P11): what is available each year, what it is already committed to, and the
/// impact of committing some to a priority on what is left for everything else — shown before it is saved.
/// </summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class UseForm
    {
        public string? ResourceId { get; set; }
        public string? Purpose { get; set; }
        public string? AppraisalId { get; set; }
        public string? Quantity { get; set; }
        public List<string> Confirm { get; set; } = [];
    }

    [BindProperty]
    public ResourceForm Input { get; set; } = new();

    [BindProperty]
    public UseForm Use { get; set; } = new();
    public IReadOnlyList<OtherResource> Resources { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ResourceItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> AppraisalItems { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> AppraisalTitles { get; private set; } = new Dictionary<Guid, string>();
    public string? Impact { get; private set; }
    public bool CanChange { get; private set; }
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public static IEnumerable<SelectListItem> ConfirmItems =>
        [new("Commit it even though it is more than is left", "yes")];

    public async Task OnGetAsync() => await PrepareAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        await PrepareAsync();
        if (!CanChange)
            return Forbid();
        var now = clock.GetUtcNow();
        var organisation = OrganisationChoice.Resolve(
            user,
            Policies.NeedsWrite,
            Input.OrganisationId,
            ModelState,
            "Input.OrganisationId",
            "resource"
        );
        var r = new OtherResource
        {
            OrganisationId = organisation ?? Guid.Empty,
            Name = "",
            Unit = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (!Input.ApplyTo(r, ModelState))
            return Page();
        db.OtherResources.Add(r);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"{r.Name} has been added";
        return Redirect(this.Links().Resources());
    }

    public async Task<IActionResult> OnPostUseAsync()
    {
        await PrepareAsync();
        if (!CanChange)
            return Forbid();
        var resource = Guid.TryParse(Use.ResourceId, out var id)
            ? await db.OtherResources.FirstOrDefaultAsync(r => r.Id == id)
            : null;
        if (resource is null || !user.Can(Policies.NeedsWrite, resource.OrganisationId))
            ModelState.AddModelError("Use.ResourceId", "Select the resource to commit");
        decimal quantity = 0;
        if (!string.IsNullOrWhiteSpace(Use.Quantity) && !NumberInput.TryParseNumber(Use.Quantity, out quantity))
            ModelState.AddModelError("Use.Quantity", "Enter how much to commit, a number more than 0");
        if (!ModelState.IsValid)
        {
            ModelState.AddDomainErrors("Use", ResourceCommitments.ValidateUse(Use.Purpose, quantity));
            return Page();
        }
        Guid? appraisal = Guid.TryParse(Use.AppraisalId, out var ap) && AppraisalTitles.ContainsKey(ap) ? ap : null;
        var outcome = await new ResourceCommitments(db, clock).CommitAsync(
            resource!,
            resource!.Version,
            Use.Purpose,
            appraisal,
            quantity,
            Use.Confirm.Contains("yes")
        );
        Impact = outcome.Impact.Length > 0 ? outcome.Impact : null;
        ModelState.AddDomainErrors("Use", outcome.Errors);
        if (outcome.Conflict)
            ModelState.AddModelError(
                string.Empty,
                "Someone else changed this resource's commitments just now. Check what is left, then commit again"
            );
        if (!outcome.Saved)
        {
            if (outcome.Conflict)
                await PrepareAsync();
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = outcome.Impact;
        return Redirect(this.Links().Resources());
    }

    private async Task PrepareAsync()
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        CanChange = user.OrganisationsFor(Policies.NeedsWrite).Count > 0;
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.NeedsWrite);
        Resources = await db
            .OtherResources.AsNoTracking()
            .Where(r => visible.Contains(r.OrganisationId))
            .OrderBy(r => r.Year)
            .ThenBy(r => r.Name)
            .Take(500)
            .ToListAsync();
        ResourceItems =
        [
            new SelectListItem("Choose a resource", ""),
            .. Resources.Select(r => new SelectListItem(
                $"{r.Name}, {new FinancialYear(r.Year)} ({NumberInput.Plain(r.Remaining)} {r.Unit} left)",
                r.Id.ToString()
            )),
        ];
        var appraisals = await db
            .Appraisals.AsNoTracking()
            .Where(a => visible.Contains(a.OrganisationId))
            .OrderBy(a => a.Title)
            .Select(a => new { a.Id, a.Title })
            .ToListAsync();
        AppraisalTitles = appraisals.ToDictionary(a => a.Id, a => a.Title);
        AppraisalItems =
        [
            new SelectListItem("None", ""),
            .. appraisals.Select(a => new SelectListItem(a.Title, a.Id.ToString())),
        ];
    }
}
