namespace CareCommissioning.Web.Pages.Appraisals;

/// <summary>The appraisal at a glance: its status and next steps, each section with how complete it is, and its frozen
/// versions.</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class OverviewModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public sealed record Section(string Title, string Href, string Hint, bool Done, bool Started);

    public IReadOnlyList<Section> Sections { get; private set; } = [];
    public IReadOnlyList<AppraisalVersion> Versions { get; private set; } = [];
    public IReadOnlyList<(AppraisalStatus To, IReadOnlyList<string> Blockers)> NextSteps { get; private set; } = [];
    public bool CanMove { get; private set; }
    public bool CanDecide { get; private set; }
    public string? ServiceLineName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        var a = Appraisal;
        var c = a.Content;
        Versions = await Db
            .AppraisalVersions.AsNoTracking()
            .Where(v => v.AppraisalId == id)
            .OrderByDescending(v => v.Number)
            .ToListAsync();
        ServiceLineName = a.ServiceLineId is { } line
            ? await Db.ServiceLines.Where(s => s.Id == line).Select(s => s.Name).FirstOrDefaultAsync()
            : null;
        CanMove = Current.Can(Policies.AppraisalsWrite, a.OrganisationId);
        CanDecide = Current.Can(Policies.Decide, a.OrganisationId) && a.Status == AppraisalStatus.Presented;
        NextSteps = AppraisalWorkflow
            .NextSteps(a.Status)
            .Where(s => s != AppraisalStatus.Decided)
            .Select(s => (s, AppraisalWorkflow.Blockers(a, s)))
            .ToList();
        var shortList = c.ShortList;
        Sections =
        [
            new(
                "Strategic context (PESTLE)",
                Path("/context"),
                "Political, economic, social, technological, legal and environmental factors and their impact",
                c.Pestle.Count >= 3,
                c.Pestle.Count > 0
            ),
            new(
                "Outcomes",
                Path("/outcomes"),
                "What the appraisal aims to achieve, and how it is measured",
                c.Outcomes.Count > 0,
                c.Outcomes.Count > 0
            ),
            new(
                "Long list of options",
                Path("/options"),
                "Every option considered, carried forward or discounted with the reason",
                c.Options.All(o => o.Assessment != OptionAssessment.NotAssessed) && shortList.Count >= 2,
                c.Options.Count > 1
            ),
            new(
                "Costs, benefits and the economic case",
                Path("/economic-case"),
                "Present values, NPSV, BCR, sensitivity and switching values",
                AppraisalCalculator.EconomicBlocker(c) is null
                    && shortList
                        .Where(o => o.Kind != OptionKind.DoNothing)
                        .All(o => o.Costs.Count + o.Benefits.Count > 0),
                shortList.Any(o => o.Costs.Count + o.Benefits.Count > 0)
            ),
            new(
                "Uncertainty (Monte Carlo)",
                Path("/monte-carlo"),
                "Distributions on uncertain costs and benefits, and the chance each option beats doing nothing",
                c.Uncertainties.Count > 0,
                c.Uncertainties.Count > 0
            ),
            new(
                "Criteria, weights and scores",
                Path("/criteria"),
                "Multi-criteria analysis of what cannot be priced",
                AppraisalCalculator.McdaBlocker(c) is null,
                c.Criteria.Count > 0
            ),
            new(
                "Risks of each option",
                Path("/risks"),
                "Risks from the register, assessed with partners",
                shortList.All(o => o.RiskIds.Count > 0 || !string.IsNullOrWhiteSpace(o.RiskAssessment)),
                shortList.Any(o => o.RiskIds.Count > 0)
            ),
            new(
                "Recommendation",
                Path("/recommendation"),
                "The option recommended, why, and the consequences of action and inaction",
                c.Recommendation.OptionId is not null && !string.IsNullOrWhiteSpace(c.Recommendation.Reasons),
                c.Recommendation.OptionId is not null
            ),
        ];
        return Page();
    }
}
