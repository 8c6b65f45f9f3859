namespace CareCommissioning.Web.Pages.Evaluations.Screening;

/// <summary>
/// Every view sent on the evaluation, with the keepers' replies saying what each changed (EV-P9, P10); keepers can
/// also record a view given in a meeting, an interview or a letter for the person who gave it (EV-P7).
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class FeedbackModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public sealed class RecordForm
    {
        public EvaluationContributionKind? Kind { get; set; }
        public string? Text { get; set; }
        public string? AuthorName { get; set; }
        public string? AuthorOrganisation { get; set; }
        public string? GivenThrough { get; set; }
    }

    [BindProperty]
    public RecordForm Input { get; set; } = new();

    [BindProperty]
    public Guid? ContributionId { get; set; }

    [BindProperty]
    public string? Reply { get; set; }

    public IReadOnlyList<EvaluationContribution> Contributions { get; private set; } = [];

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<EvaluationContributionKind>()
            .Select(k => new SelectListItem(EvaluationContributionKindNames.Display(k), k.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        Contributions = await ContributionCommands.AllAsync(Db, id);
        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid id)
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        var contribution = await Db.EvaluationContributions.FirstOrDefaultAsync(c =>
            c.Id == ContributionId && c.EvaluationId == id
        );
        if (contribution is null)
            return NotFound();
        var errors = contribution.Reply(Reply, Person.DisplayName, Clock.GetUtcNow());
        ModelState.AddDomainErrors("", errors, _ => $"Reply-{contribution.Id}");
        if (errors.Count > 0)
        {
            Contributions = await ContributionCommands.AllAsync(Db, id);
            return Page();
        }
        await Db.SaveChangesAsync();
        return Done($"Your reply to {contribution.AuthorName} has been saved", "Screening/Feedback");
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id)
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        var (saved, errors) = await ContributionCommands.SendAsync(
            Db,
            Person,
            Evaluation,
            new(Input.Kind, Input.Text, Input.AuthorName, Input.AuthorOrganisation, Input.GivenThrough),
            forSomeone: true,
            Clock.GetUtcNow(),
            Today
        );
        ModelState.AddDomainErrors(nameof(Input), errors);
        if (saved is null)
        {
            Contributions = await ContributionCommands.AllAsync(Db, id);
            return Page();
        }
        return Done($"The view of {saved.AuthorName} has been recorded", "Screening/Feedback");
    }
}
