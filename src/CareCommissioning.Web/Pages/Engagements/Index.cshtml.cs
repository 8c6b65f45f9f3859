using CareCommissioning.Web.Pages.Evaluations;

namespace CareCommissioning.Web.Pages.Engagements;

/// <summary>The engagements and the evaluations the person is invited to, open ones first.</summary>
[Authorize(Policy = Policies.Engage)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public IReadOnlyList<Appraisal> Engagements { get; private set; } = [];

    /// <summary>The evaluations of strategies their organisation is invited to take part in (EV-P1, P7).</summary>
    public IReadOnlyList<StrategyEvaluation> Evaluations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Engagements = (await EngagementAccess.VisibleAsync(db, user))
            .OrderBy(a => a.Status == AppraisalStatus.EngagementOpen ? 0 : 1)
            .ToList();
        Evaluations = await EvaluationAccess
            .Visible(db, user, Policies.EvaluationsTakePart)
            .OrderBy(e => e.Title)
            .ToListAsync();
    }
}
