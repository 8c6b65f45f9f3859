namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>
/// Recording that the current version of the plan was given to people, in which formats (web page, Word, easy read)
/// and when (CD-P17). After it, any change to the plan needs a reason and makes the next version, so each recipient's
/// copy stays the version they were given.
/// </summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class ShareModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class ShareForm
    {
        public string? Recipients { get; set; }
        public List<string> Formats { get; set; } = [];
        public string? Note { get; set; }

        /// <summary>The plan's version on the page the user read, so a version changed meanwhile is not recorded
        /// as shared unseen.</summary>
        public int PlanVersion { get; set; }
    }

    [BindProperty]
    public ShareForm Input { get; set; } = new();

    public Contract Contract { get; private set; } = default!;
    public ImplementationPlan Plan { get; private set; } = default!;

    public static IEnumerable<SelectListItem> FormatItems =>
        PlanFormatsNames.Each.Select(f => new SelectListItem(PlanFormatsNames.Display(f), f.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, false))
            return NotFound();
        Input.PlanVersion = Plan.PlanVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, false))
            return NotFound();
        var formats = PlanFormats.None;
        foreach (var f in Input.Formats)
            if (Enum.TryParse<PlanFormats>(f, out var one) && PlanFormatsNames.Each.Contains(one))
                formats |= one;
        var result = await PlanCommands.ShareAsync(
            db,
            user,
            Contract,
            Input.Recipients,
            formats,
            Input.Note,
            Input.PlanVersion,
            clock.GetUtcNow()
        );
        if (result.NotFound)
            return NotFound();
        ModelState.AddDomainErrors(nameof(Input), result.Errors);
        if (result.Conflict)
        {
            await LoadAsync(id, false);
            ModelState.AddModelError(
                string.Empty,
                $"The plan has changed since you opened this page: it is now version {Plan.PlanVersion}. Check it is "
                    + "the version you shared, then record it again"
            );
            Input.PlanVersion = Plan.PlanVersion;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (result.Saved is null)
            return Page();
        TempData[PageKeys.SuccessMessage] = $"Sharing version {Plan.PlanVersion} of the plan has been recorded";
        return Redirect(this.Links().Plan(id));
    }

    private async Task<bool> LoadAsync(Guid id, bool track)
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return false;
        Contract = contract;
        var plans = track ? db.ImplementationPlans : db.ImplementationPlans.AsNoTracking();
        var plan = await plans.FirstOrDefaultAsync(p => p.ContractId == id);
        if (plan is null)
            return false;
        Plan = plan;
        return true;
    }
}
