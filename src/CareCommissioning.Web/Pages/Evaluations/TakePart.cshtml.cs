namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// Where a person of an invited organisation (or of the one running it) takes part (EV-P1, P7, P9, P16): what is shared
/// with them (the plain summary, the latest draft report and its easy read), and a form to send a view: feedback on
/// the draft while it is open, an effect they saw, an idea for improvement or a comment; with their own past views and
/// the replies.
/// </summary>
[Authorize(Policy = Policies.EvaluationsTakePart)]
public sealed class TakePartModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public sealed class ViewForm
    {
        public EvaluationContributionKind? Kind { get; set; }
        public string? Text { get; set; }
    }

    [BindProperty]
    public ViewForm Input { get; set; } = new();

    public IReadOnlyList<EvaluationContribution> Mine { get; private set; } = [];

    /// <summary>The navigation item the page sits under: staff reach it from the evaluation, people who use services
    /// and providers from "Have your say".</summary>
    public string Section =>
        Person.OrganisationsFor(Policies.EvaluationsRead).Count > 0 ? "evaluations" : "engagements";

    public bool FeedbackOpen => Evaluation.LatestReport is not null && Evaluation.OpenTo(Today);

    public IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<EvaluationContributionKind>()
            .Where(k => k != EvaluationContributionKind.ReportFeedback || FeedbackOpen)
            .Select(k => new SelectListItem(EvaluationContributionKindNames.Display(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindVisibleAsync(id, Policies.EvaluationsTakePart))
            return NotFound();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindVisibleAsync(id, Policies.EvaluationsTakePart))
            return NotFound();
        var (saved, errors) = await ContributionCommands.SendAsync(
            Db,
            Person,
            Evaluation,
            new(Input.Kind, Input.Text),
            forSomeone: false,
            Clock.GetUtcNow(),
            Today
        );
        ModelState.AddDomainErrors(nameof(Input), errors);
        if (saved is null)
        {
            await LoadAsync();
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = "Thank you: your view has been sent";
        return Redirect(this.Links().TakePart(id));
    }

    private async Task LoadAsync() =>
        Mine = await Db
            .EvaluationContributions.AsNoTracking()
            .Where(c => c.EvaluationId == Evaluation.Id && c.AuthorUserId == Person.Id)
            .OrderByDescending(c => c.SubmittedAt)
            .ToListAsync();
}
