using CareCommissioning.Web.Infrastructure.Security;

namespace CareCommissioning.Web.Pages.Appraisals.Decide;

/// <summary>
/// The decision maker records the decision on a presented appraisal; the appraisal becomes decided, its version is
/// frozen, and a decision notice goes to everyone concerned, all in one save. Afterwards the page shows who was told,
/// when and how (OA-P23).
/// </summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class DecisionModel(AppDbContext db, CurrentUser user, TimeProvider clock, PublicAddress address)
    : AppraisalPageModel(db, user, clock)
{
    public sealed class DecisionForm
    {
        public string? OptionId { get; set; }
        public string? Decision { get; set; }
    }

    [BindProperty]
    public DecisionForm Input { get; set; } = new();
    public bool CanDecide { get; private set; }
    public IReadOnlyList<Notice> Notices { get; private set; } = [];
    public IReadOnlyDictionary<Guid, DateTimeOffset?> Sent { get; private set; } =
        new Dictionary<Guid, DateTimeOffset?>();

    public IEnumerable<SelectListItem> OptionItems =>
        Appraisal.Content.ShortList.Select(o => new SelectListItem(o.Name, o.Id.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        Input.OptionId = Appraisal.Content.Recommendation.OptionId?.ToString();
        await PrepareAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true, changePolicy: Policies.Decide) is { } refused)
            return refused;
        await PrepareAsync();
        // An option that is not a known id is named but not found: the domain refuses it as not short-listed.
        var optionId =
            string.IsNullOrEmpty(Input.OptionId) ? (Guid?)null
            : Guid.TryParse(Input.OptionId, out var g) ? g
            : Guid.Empty;
        var now = Clock.GetUtcNow();
        ModelState.AddDomainErrors(
            "Input",
            AppraisalWorkflow.Decide(Appraisal, optionId, Input.Decision, Current.DisplayName, now)
        );
        if (!ModelState.IsValid)
            return Invalid();
        await AppraisalAccess.FreezeAsync(Db, Appraisal, Current.DisplayName, now, "Decided");
        var told = await DecisionNotices.AddAsync(
            Db,
            Appraisal,
            address.Link(Request, this.Links().AppraisalDecision(id)),
            now
        );
        return await SaveAsync($"The decision has been recorded and {told} people are being told")
            ?? Redirect(Path("/decision"));
    }

    private async Task PrepareAsync()
    {
        CanDecide =
            Appraisal.Status == AppraisalStatus.Presented && Current.Can(Policies.Decide, Appraisal.OrganisationId);
        Notices = await Db
            .Notices.AsNoTracking()
            .Where(n => n.SubjectType == nameof(Appraisal) && n.SubjectId == Appraisal.Id)
            .OrderBy(n => n.Channel)
            .ThenBy(n => n.RecipientName)
            .ToListAsync();
        var ids = Notices.Select(n => (Guid?)n.Id).ToList();
        Sent = (
            await Db
                .Outbox.AsNoTracking()
                .Where(m => ids.Contains(m.NoticeId))
                .Select(m => new { m.NoticeId, m.SentAt })
                .ToListAsync()
        ).ToDictionary(m => m.NoticeId!.Value, m => m.SentAt);
    }
}
