using CareCommissioning.Domain.Mcda;
using CareCommissioning.Domain.Uncertainty;
using CareCommissioning.Web.Infrastructure.Charts;
using CareCommissioning.Web.Pages.Appraisals.Economics;
using CareCommissioning.Web.Pages.Appraisals.Engage;
using CareCommissioning.Web.Pages.Appraisals.Scoring;
using CareCommissioning.Web.Pages.Needs;

namespace CareCommissioning.Web.Pages.Appraisals.Documents;

/// <summary>
/// Everything the options appraisal document shows (OA-P18), worked out once and rendered as HTML, DOCX or easy read:
/// the content, the demand and commitment of its service line, the economic case, the Monte Carlo, the MCDA, the risks
/// and the engagement. Every chart has a text description and its data table.
/// </summary>
public sealed record AppraisalDocument(
    Appraisal Appraisal,
    string? ServiceLineName,
    string? ServiceLineUnit,
    IReadOnlyList<YearCommitment> Commitment,
    string? CommitmentChart,
    EconomicCase? Economic,
    string? NpsvChart,
    McdaResult? Mcda,
    string? McdaChart,
    MonteCarloResult? MonteCarlo,
    string? SCurveChart,
    IReadOnlyDictionary<Guid, Risk> Risks,
    IReadOnlyList<Contribution> Contributions,
    IReadOnlyList<(string Option, decimal AverageRank, int Rankings)> Rankings,
    IReadOnlyList<(string Head, BudgetProposal Proposal)> Budget,
    int? VersionNumber
)
{
    public static async Task<AppraisalDocument> BuildAsync(AppDbContext db, Appraisal a, int? versionNumber = null)
    {
        var c = a.Content;
        var line = a.ServiceLineId is { } id
            ? await db.ServiceLines.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id)
            : null;
        var commitment = line is null
            ? []
            : ServiceLineRules.Commitment(line, await ServiceLineAccess.FiguresAsync(db, line.Id));
        var economic = AppraisalCalculator.Economic(a);
        var mcda = AppraisalCalculator.Mcda(c);
        var monteCarlo = c.Uncertainties.Count > 0 ? AppraisalCalculator.MonteCarlo(a) : null;
        var riskIds = c.Options.SelectMany(o => o.RiskIds).Distinct().ToList();
        var risks = await db.Risks.AsNoTracking().Where(r => riskIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
        var contributions = await db
            .Contributions.AsNoTracking()
            .Where(x => x.AppraisalId == a.Id)
            .OrderBy(x => x.SubmittedAt)
            .ToListAsync();
        var proposals = await db
            .BudgetProposals.AsNoTracking()
            .Where(p => p.AppraisalId == a.Id && p.Status != ProposalStatus.Withdrawn)
            .OrderBy(p => p.CreatedAt)
            .ToListAsync();
        var headIds = proposals.Select(p => p.BudgetHeadId).ToList();
        var heads = await db
            .BudgetHeads.AsNoTracking()
            .Where(h => headIds.Contains(h.Id))
            .ToDictionaryAsync(h => h.Id, h => h.Name);
        var commitmentChart =
            commitment.Count == 0
                ? null
                : BarChart.Render(
                    "commitment-chart",
                    $"Demand and commitment for {line!.Name} by year",
                    "Commitment in cash and in base-year prices: "
                        + string.Join(
                            "; ",
                            commitment.Select(r =>
                                $"{r.Year} {Display.Money(r.Nominal)} cash, {Display.Money(r.Real)} real"
                            )
                        ),
                    commitment.Select(r => r.Year.ToString()).ToList(),
                    new BarChart.Series("In cash", "#1d70b8", commitment.Select(r => r.Nominal).ToList()),
                    new BarChart.Series(
                        $"In {line.BaseFinancialYear} prices",
                        "#505a5f",
                        commitment.Select(r => r.Real).ToList()
                    ),
                    MoneyText.Abbreviated
                );
        return new AppraisalDocument(
            a,
            line?.Name,
            line?.Unit,
            commitment,
            commitmentChart,
            economic,
            economic is null ? null : EconomicCaseModel.Chart(economic, a),
            mcda,
            mcda is null ? null : CriteriaModel.RenderChart(mcda),
            monteCarlo,
            monteCarlo is null ? null : MonteCarloModel.RenderChart(monteCarlo),
            risks,
            contributions,
            EngagementSummary.Rankings(c, contributions),
            proposals.Select(p => (heads.GetValueOrDefault(p.BudgetHeadId, "Budget head"), p)).ToList(),
            versionNumber
        );
    }

    public string? RecommendedName =>
        Appraisal.Content.Recommendation.OptionId is { } id ? Appraisal.Content.Option(id)?.Name : null;
}
