namespace CareCommissioning.Web.Pages.Evaluations.Sharing;

/// <summary>
/// Recording that part of an evaluation was shared, one page for every item (?item=): the analysis of monitoring with
/// partners, decision makers and colleagues (EV-P4), a draft report for feedback (EV-P9), the final report, the full
/// evaluation's analysis (EV-P14) and the recommendations (EV-P18); with the past records of that item.
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class ShareModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public sealed class ShareForm
    {
        public List<string> Audience { get; set; } = [];
        public string? Recipients { get; set; }
        public List<string> Formats { get; set; } = [];
        public DateInputModel SharedOn { get; set; } = new();
        public string? Response { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public SharedItem? Item { get; set; }

    [BindProperty]
    public ShareForm Input { get; set; } = new();

    public IReadOnlyList<EvaluationSharing> Past { get; private set; } = [];

    public static IEnumerable<SelectListItem> AudienceItems =>
        SharedWithNames.Each.Select(w => new SelectListItem(SharedWithNames.Display(w), w.ToString()));

    public static IEnumerable<SelectListItem> FormatItems =>
        PlanFormatsNames.Each.Select(f => new SelectListItem(PlanFormatsNames.Display(f), f.ToString()));

    /// <summary>What the page asks about, in words.</summary>
    public string What => Item is { } i ? SharedItemNames.Display(i).ToLowerInvariant() : "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindToChangeAsync(id) || Item is not { } item || !Enum.IsDefined(item))
            return NotFound();
        Past = await SharingCommands.SharingsAsync(Db, id, item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindToChangeAsync(id) || Item is not { } item || !Enum.IsDefined(item))
            return NotFound();
        if (Input.SharedOn.TryParse("The date it was shared", out var sharedOn) is { } dateProblem)
            ModelState.AddModelError("Input.SharedOn", dateProblem);
        var (saved, errors) = await SharingCommands.RecordSharingAsync(
            Db,
            Person,
            Evaluation,
            new(
                item,
                SharingCommands.AudienceOf(Input.Audience) ?? SharedWith.None,
                Input.Recipients,
                SharingCommands.FormatsOf(Input.Formats) ?? PlanFormats.None,
                sharedOn,
                Input.Response
            ),
            Clock.GetUtcNow(),
            Today
        );
        ModelState.AddDomainErrors(nameof(Input), errors, f => f == nameof(EvaluationSharing.Item) ? "" : $"Input.{f}");
        if (saved is null || !ModelState.IsValid)
        {
            Past = await SharingCommands.SharingsAsync(Db, id, item);
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"Sharing the {What} has been recorded";
        return Redirect(this.Links().Page("/Evaluations/Sharing/Share", new { id, item }));
    }
}
