namespace CareCommissioning.Web.Pages.Purchasing.Changes;

/// <summary>One proposal: its discussion, and the specialists' decision with the reason (PU-P15); an agreed one links
/// to a new rules version.</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public ProcessChangeProposal Proposal { get; private set; } = default!;
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public bool CanDecide { get; private set; }
    public bool CanMakeRules { get; private set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int ProposalVersion { get; set; }

    public static IEnumerable<SelectListItem> DecisionItems =>
        [
            new("Agree the change", nameof(ProcessChangeStatus.Agreed)),
            new("Reject the change", nameof(ProcessChangeStatus.Rejected)),
        ];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostCommentAsync(Guid id)
    {
        if (await LoadAsync(id, track: true) is { } missing)
            return missing;
        var c = new ProcessChangeComment
        {
            ProposalId = id,
            AuthorUserId = user.Id,
            Text = Comment?.Trim() ?? "",
            WrittenAt = clock.GetUtcNow(),
        };
        foreach (var e in ProcessChangeRules.ValidateComment(Proposal, c))
            ModelState.AddModelError(nameof(Comment), e.Message);
        if (!ModelState.IsValid)
            return Invalid();
        db.Add(c);
        await db.SaveChangesAsync();
        return Redirect(this.Links().PurchasingChange(id));
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id)
    {
        if (await LoadAsync(id, track: true) is { } missing)
            return missing;
        ProcessChangeStatus? decision =
            Decision is null ? null
            : Enum.TryParse<ProcessChangeStatus>(Decision, out var d) ? d
            : ProcessChangeStatus.Proposed;
        var roles = user.Memberships.Where(m => m.OrganisationId == Proposal.OrganisationId).Select(m => m.Role);
        foreach (var e in ProcessChangeRules.Decide(Proposal, user.Id, roles, decision, Reason, clock.GetUtcNow()))
            ModelState.AddModelError(
                e.Field switch
                {
                    nameof(ProcessChangeProposal.Status) => nameof(Decision),
                    nameof(ProcessChangeProposal.DecisionReason) => nameof(Reason),
                    _ => "",
                },
                e.Message
            );
        if (!ModelState.IsValid)
            return Invalid();
        var outcome = await VersionedSave.SaveAsync(db, Proposal, ProposalVersion, () =>
            db.ProcessChangeProposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id)
        );
        if (!outcome.Saved)
        {
            ModelState.AddModelError(
                string.Empty,
                "Someone else decided or changed this proposal just now. Read it again."
            );
            await LoadAsync(id);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[Shared.PageKeys.SuccessMessage] =
            decision == ProcessChangeStatus.Agreed ? "The change has been agreed" : "The change has been rejected";
        return Redirect(this.Links().PurchasingChange(id));
    }

    private IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool track = false)
    {
        db.ChangeTracker.Clear();
        var query = (track ? db.ProcessChangeProposals : db.ProcessChangeProposals.AsNoTracking()).Include(p =>
            p.Comments
        );
        var p = await query.FirstOrDefaultAsync(x => x.Id == id);
        if (p is null || !user.Can(Policies.PurchasingRead, p.OrganisationId))
            return NotFound();
        Proposal = p;
        if (HttpMethods.IsGet(Request.Method))
            ProposalVersion = p.Version;
        var ids = p
            .Comments.Select(c => c.AuthorUserId)
            .Append(p.ProposedByUserId)
            .Append(p.DecidedByUserId ?? "")
            .Distinct()
            .ToList();
        Names = await db
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        CanDecide =
            p.Status == ProcessChangeStatus.Proposed
            && user.Can(Policies.AdvisePurchases, p.OrganisationId)
            && p.ProposedByUserId != user.Id;
        CanMakeRules =
            p.Status == ProcessChangeStatus.Agreed
            && p.RuleSetVersion is null
            && user.Can(Policies.PurchasingRulesWrite, p.OrganisationId);
        return null;
    }
}
