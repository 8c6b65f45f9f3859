namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>
/// Recording that a design's outcomes and what they would mean (cost, resources, risk, sustainability, the conflicts
/// resolved) were given to people who use services, carers, key people or communities, in which formats (web page,
/// Word document, easy read) and when, and what they decided or said with them and whether the design changed as a
/// result (CD-P3). The same people who may change the design record it.
/// </summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class ShareModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class ShareForm
    {
        public string? Recipients { get; set; }
        public List<string> Formats { get; set; } = [];
        public DateInputModel SharedOn { get; set; } = new();
        public string? Decision { get; set; }

        /// <summary>"yes" when the design changed as a result, "no" when it did not.</summary>
        public string? DesignChanged { get; set; }
        public string? Changes { get; set; }
    }

    public const string Yes = "yes";
    public const string No = "no";

    [BindProperty]
    public ShareForm Input { get; set; } = new();

    public ContractDesign Design { get; private set; } = default!;

    public static IEnumerable<SelectListItem> FormatItems =>
        PlanFormatsNames.Each.Select(f => new SelectListItem(PlanFormatsNames.Display(f), f.ToString()));

    public static IEnumerable<SelectListItem> ChangedItems =>
        [new("Yes, the design changed", Yes), new("No, the design stayed the same", No)];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        var formats = DesignShares.FormatsOf(Input.Formats);
        if (Input.SharedOn.TryParse("The date it was shared", out var sharedOn) is { } dateProblem)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.SharedOn)}", dateProblem);
        var result = await DesignShares.RecordAsync(
            db,
            user,
            Design,
            new DesignShares.Answers(
                Input.Recipients,
                formats ?? PlanFormats.None,
                sharedOn,
                Input.Decision,
                Input.DesignChanged switch
                {
                    Yes => true,
                    No => false,
                    _ => null,
                },
                Input.Changes
            ),
            clock.GetUtcNow(),
            UkCalendar.Today(clock)
        );
        ModelState.AddDomainErrors(nameof(Input), result.Errors);
        if (result.Saved is null)
            return Page();
        TempData[PageKeys.SuccessMessage] = "Sharing the design and what the people decided has been recorded";
        return Redirect(this.Links().ContractDesign(id) + "#shares");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite) is not { } design)
            return false;
        Design = design;
        return true;
    }
}
