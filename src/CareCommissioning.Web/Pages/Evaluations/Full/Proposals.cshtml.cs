namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>
/// Proposals to increase the positive impacts and reduce the negative ones (EV-P16): those sent by people taking part,
/// those the keepers record on someone's behalf (given at a workshop, say), and the invitation to everyone invited to
/// take part to send ideas until a date.
/// </summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class ProposalsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class ProposalForm
    {
        public string? Text { get; set; }
        public string? AuthorName { get; set; }
        public string? AuthorOrganisation { get; set; }
        public string? GivenThrough { get; set; }
    }

    [BindProperty]
    public ProposalForm Input { get; set; } = new();

    [BindProperty]
    public DateInputModel OpenUntil { get; set; } = new();

    public FullEvaluationView View { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is not { } e)
            return NotFound();
        View = await FullEvaluationView.LoadAsync(db, e, EvaluationAccess.Keeps(user, e));
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id)
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return NotFound();
        var errors = FullEvaluationCommands.RecordProposal(
            db,
            e,
            Input.Text,
            Input.AuthorName,
            Input.AuthorOrganisation,
            Input.GivenThrough,
            clock.GetUtcNow()
        );
        ModelState.AddDomainErrors(nameof(Input), errors);
        if (!ModelState.IsValid)
        {
            View = await FullEvaluationView.LoadAsync(db, e, true);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"The proposal from {Input.AuthorName!.Trim()} has been recorded";
        return Redirect(this.Links().FullPart(id, "Proposals"));
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id)
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id, track: true) is not { } e)
            return NotFound();
        if (OpenUntil.TryParse("The date proposals are invited until", out var until) is { } problem)
            ModelState.AddModelError(nameof(OpenUntil), problem);
        var (errors, told) = await FullEvaluationCommands.InviteProposalsAsync(
            db,
            e,
            until,
            user.Id,
            UkCalendar.Today(clock),
            clock.GetUtcNow()
        );
        ModelState.AddDomainErrors("", errors);
        if (!ModelState.IsValid)
        {
            View = await FullEvaluationView.LoadAsync(db, e, true);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] =
            $"{told} {(told == 1 ? "person has" : "people have")} been invited to send proposals until {DateText.Format(until!.Value)}";
        return Redirect(this.Links().FullPart(id, "Proposals"));
    }
}
