using CareCommissioning.Web.Infrastructure.Charts;

namespace CareCommissioning.Web.Pages.Evaluations.Evidence;

/// <summary>One piece of evidence; a survey's answers summarised per question as a table and a bar chart with a text
/// alternative (EV-P3).</summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public EvaluationEvidence Item { get; private set; } = default!;

    public IReadOnlyList<(
        string Question,
        int Total,
        IReadOnlyList<(string Answer, int Count, decimal Share)> Answers,
        string Chart
    )> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid evidenceId)
    {
        if (!await FindVisibleAsync(id))
            return NotFound();
        if (
            await Db
                .EvaluationEvidence.AsNoTracking()
                .FirstOrDefaultAsync(e => e.Id == evidenceId && e.EvaluationId == id)
            is not { } item
        )
            return NotFound();
        Item = item;
        Questions = SurveyImport
            .Summarise(item.SurveyAnswers)
            .Select(
                (q, i) =>
                    (
                        q.Question,
                        q.Total,
                        q.Answers,
                        HorizontalBarChart.Render(
                            $"survey-chart-{i + 1}",
                            q.Question,
                            $"The share of the {q.Total} people who answered '{q.Question}' giving each answer; "
                                + "the table beside it has the same figures.",
                            q.Answers.Select(a => (a.Answer, a.Share * 100)).ToList(),
                            v => $"{v:0}%"
                        )
                    )
            )
            .ToList();
        return Page();
    }
}
