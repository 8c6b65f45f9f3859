namespace CareCommissioning.Web.Pages.Appraisals.Engage;

/// <summary>
/// Co-production (OA-P7, P9, P14): who is invited, the plain-language summary they read, and every contribution they
/// sent, each linked by the commissioner to what it changed. Contributions are never deleted.
/// </summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class EngagementModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public sealed class SetupForm
    {
        public string? Summary { get; set; }
        public List<string> Invited { get; set; } = [];
        public DateInputModel ClosesOn { get; set; } = new();
    }

    public sealed class ResponseForm
    {
        public string? Effect { get; set; }
        public string? Response { get; set; }
    }

    [BindProperty]
    public SetupForm Setup { get; set; } = new();

    [BindProperty]
    public ResponseForm Reply { get; set; } = new();
    public IReadOnlyList<Contribution> Contributions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> OrganisationItems { get; private set; } = [];
    public IReadOnlyList<(string Option, decimal AverageRank, int Rankings)> RankingSummary { get; private set; } = [];
    public Guid? Replying { get; private set; }

    public static IEnumerable<SelectListItem> EffectItems =>
        Enum.GetValues<ContributionEffect>()
            .Where(e => e != ContributionEffect.NotYetConsidered)
            .Select(e => new SelectListItem(ContributionEffectNames.Display(e), e.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        var e = Appraisal.Content.Engagement;
        Setup = new SetupForm
        {
            Summary = e.Summary,
            Invited = e.InvitedOrganisationIds.Select(g => g.ToString()).ToList(),
            ClosesOn = DateInputModel.From(e.ClosesOn),
        };
        await PrepareAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSetupAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        await PrepareAsync();
        if (RefuseIfLocked())
            return Page();
        var known = OrganisationItems.Select(i => i.Value).ToHashSet();
        if (Setup.Summary?.Length > Engagement.SummaryMaxLength)
            ModelState.AddModelError(
                "Setup.Summary",
                $"The summary must be {Engagement.SummaryMaxLength:N0} characters or fewer"
            );
        if (Setup.Invited.Any(i => !known.Contains(i)))
            ModelState.AddModelError("Setup.Invited", "Select organisations from the list");
        if (Setup.ClosesOn.TryParse("The closing date", out var closes) is { } problem)
            ModelState.AddModelError("Setup.ClosesOn", problem);
        // People are told the engagement is open until this date, so a new one cannot already have passed; a date saved
        // earlier that has since passed is kept, so the rest of the set-up can still be changed.
        else if (
            closes is { } date
            && date < Domain.Common.UkCalendar.Today(Clock)
            && date != Appraisal.Content.Engagement.ClosesOn
        )
            ModelState.AddModelError("Setup.ClosesOn", "The closing date must be today or in the future");
        if (!ModelState.IsValid)
            return Invalid();
        Appraisal.Content.Engagement = new Engagement
        {
            Summary = string.IsNullOrWhiteSpace(Setup.Summary) ? null : Setup.Summary.Trim(),
            InvitedOrganisationIds = Setup.Invited.Select(Guid.Parse).Distinct().ToList(),
            ClosesOn = closes,
        };
        return await SaveAsync("The engagement has been set up") ?? Redirect(Path("/engagement"));
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid id, Guid contributionId)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        var contribution = await Db.Contributions.FirstOrDefaultAsync(c =>
            c.Id == contributionId && c.AppraisalId == id
        );
        if (contribution is null)
            return NotFound();
        Replying = contributionId;
        var effect =
            Enum.TryParse<ContributionEffect>(Reply.Effect, out var e)
            && Enum.IsDefined(e)
            && e != ContributionEffect.NotYetConsidered
                ? e
                : (ContributionEffect?)null;
        if (effect is null)
            ModelState.AddModelError("Reply.Effect", "Select what the contribution changed");
        if (string.IsNullOrWhiteSpace(Reply.Response))
            ModelState.AddModelError("Reply.Response", "Enter your reply to the person who sent it");
        else if (Reply.Response.Length > Contribution.TextMaxLength)
            ModelState.AddModelError(
                "Reply.Response",
                $"The reply must be {Contribution.TextMaxLength:N0} characters or fewer"
            );
        if (!ModelState.IsValid)
        {
            Setup = new SetupForm
            {
                Summary = Appraisal.Content.Engagement.Summary,
                Invited = Appraisal.Content.Engagement.InvitedOrganisationIds.Select(g => g.ToString()).ToList(),
                ClosesOn = DateInputModel.From(Appraisal.Content.Engagement.ClosesOn),
            };
            await PrepareAsync();
            return Invalid();
        }
        contribution.Effect = effect!.Value;
        contribution.Response = Reply.Response!.Trim();
        contribution.RespondedBy = Current.DisplayName;
        contribution.RespondedAt = Clock.GetUtcNow();
        await Db.SaveChangesAsync();
        TempData[Shared.PageKeys.SuccessMessage] = $"Your reply to {contribution.AuthorName} has been saved";
        return Redirect(Path("/engagement"));
    }

    private async Task PrepareAsync()
    {
        OrganisationItems = (
            await Db
                .Organisations.AsNoTracking()
                .Where(o => o.Id != Appraisal.OrganisationId && !o.Archived)
                .OrderBy(o => o.Name)
                .Select(o => new { o.Id, o.Name })
                .ToListAsync()
        )
            .Select(o => new SelectListItem(o.Name, o.Id.ToString()))
            .ToList();
        Contributions = await Db
            .Contributions.AsNoTracking()
            .Where(c => c.AppraisalId == Appraisal.Id)
            .OrderBy(c => c.SubmittedAt)
            .ToListAsync();
        RankingSummary = EngagementSummary.Rankings(Appraisal.Content, Contributions);
    }
}
