using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Partnerships.Evaluations;

/// <summary>The evaluation's results as a Word document, for partners, stakeholders and decision makers
/// (PB-P19).</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class DocumentModel(AppDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid evaluationId)
    {
        var s = await EvaluationScope.FindAsync(db, user, id, evaluationId);
        if (s is null)
            return NotFound();
        var e = s.Evaluation;
        var stream = new MemoryStream();
        using (var doc = new WordDocument(stream, e.Title))
        {
            doc.Title(e.Title).Text(s.Partnership.Name);
            doc.Heading(1, "The measures");
            if (s.Measures.Count == 0)
                doc.Text("No measures agreed.");
            else
                doc.Table(
                    "Measures with their latest values",
                    ["Measure", "Baseline", "Target", "Latest value", "Progress"],
                    s.Measures.Select(r =>
                        (IReadOnlyList<string>)
                            [
                                r.Measure.Name,
                                Display.Number(r.Measure.Baseline),
                                Display.Number(r.Measure.Target),
                                r.Latest is { } v
                                    ? $"{Display.Number(v.Value)} ({MeasurePeriods.ShortName(r.Measure.Frequency, v.Period)})"
                                    : "None yet",
                                MeasureStatusNames.Display(r.Status),
                            ]
                    )
                );
            doc.Heading(1, "The impact on each partner's outcomes");
            foreach (var (partner, impact) in s.Impacts)
                doc.Heading(2, partner.Organisation)
                    .Text(ImpactJudgementNames.Display(impact.Judgement), bold: true)
                    .Text(impact.Impact);
            doc.Heading(1, "What people said").Text(e.Feedback ?? "Not written yet.");
            doc.Heading(1, "How well pooling worked").Text(e.Reflection ?? "Not written yet.");
            doc.Heading(2, "Areas to develop").Text(e.AreasForDevelopment ?? "Not written yet.");
            doc.Heading(1, "Recommendations");
            if (s.Recommendations.Count == 0)
                doc.Text("No recommendations yet.");
            else
                doc.Table(
                    "Recommendations",
                    ["Recommendation", "What it becomes", "Owner", "Due", "Where it is"],
                    s.Recommendations.Select(r =>
                        (IReadOnlyList<string>)
                            [
                                r.Text,
                                RecommendationResponseNames.Display(r.Response),
                                s.PartnerName(r.OwnerPartnerId) + (r.Owner is null ? "" : $", {r.Owner}"),
                                Display.Date(r.DueOn),
                                r.CompletedOn is { } d ? $"Done {Display.Date(d)}"
                                : r.AgreedOn is { } a ? $"Agreed {Display.Date(a)}"
                                : "Proposed",
                            ]
                    )
                );
        }
        stream.Position = 0;
        return File(
            stream,
            Appraisals.Documents.DocumentDocxModel.ContentType,
            $"evaluation-{TableFile.Slug(e.Title)}.docx"
        );
    }
}
