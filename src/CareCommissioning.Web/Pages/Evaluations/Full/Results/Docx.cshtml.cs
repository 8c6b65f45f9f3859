using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Evaluations.Full.Results;

/// <summary>The results of the evaluation as a Word document (EV-P18), with the same content as the results
/// page.</summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class DocxModel(AppDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is not { } e)
            return NotFound();
        var v = await FullEvaluationView.LoadAsync(db, e, false);
        var stream = new MemoryStream();
        using (var doc = new WordDocument(stream, e.Title))
        {
            doc.Title($"The results of {e.Title}").Text(v.Strategy is { } s ? $"Evaluation of {s.Title}" : null);
            doc.Heading(1, "The evaluation's status and plan");
            doc.Text(
                e.Status is { } st
                    ? $"{EvaluationStandingNames.Display(st.Standing)}, sponsored by {st.Sponsor}; agreed by "
                        + $"{st.AgreedBy} on {Display.Date(st.AgreedOn)}."
                    : "The status has not been agreed yet."
            );
            if (e.Plan is { } p)
                doc.Text($"Scope: {p.Scope}")
                    .Text($"Methods: {EvaluationMethodsNames.Display(p.Methods)}")
                    .Text($"Indicators: {p.Indicators}")
                    .Text($"Timescale: {Display.Date(p.StartsOn)} to {Display.Date(p.ReportsBy)}")
                    .Bullets(p.Roles.Select(r => $"{r.Who}: {r.Responsibility}"));
            doc.Heading(1, "The effect on wider aims");
            doc.Bullets(e.WiderAims.Select(a => $"{a.Aim}: {AimEffectNames.Display(a.Effect)}. {a.Analysis}"));
            doc.Heading(1, "Impacts");
            foreach (var cell in ImpactMatrix.Of(v.Impacts))
                doc.Heading(
                        2,
                        $"{ImpactDirectionNames.Display(cell.Direction)}, {ImpactTermNames.Display(cell.Term).ToLowerInvariant()}"
                    )
                    .Bullets(
                        cell.Impacts.Count == 0
                            ? ["None recorded."]
                            : cell.Impacts.Select(i =>
                                $"{i.Title} ({ImpactImportanceNames.Display(i.Importance).ToLowerInvariant()}, "
                                + $"{ImpactCertaintyNames.Display(i.Certainty).ToLowerInvariant()}). Affects {i.Affects}."
                            )
                    );
            doc.Table("The impacts", FullEvaluationView.ImpactHeader, v.ImpactRows());
            doc.Heading(1, "Recommendations");
            var n = 0;
            foreach (var r in v.Recommendations)
            {
                n++;
                doc.Heading(2, $"Recommendation {n}: {r.Text}")
                    .Text($"{RecommendationStatusNames.Display(r.Status)}{(r.DecidedBy is { } by ? $" by {by}" : "")}")
                    .Text($"Why: {r.Rationale}")
                    .Text("The impacts and evidence behind it:", bold: true)
                    .Bullets(r.ImpactIds.Select(v.ImpactTitle).Concat(r.EvidenceIds.Select(v.EvidenceTitle)));
                var actions = v.ActionsFor(r.Id);
                if (actions.Count > 0)
                    doc.Table(
                        "Actions",
                        ["Action", "Owner", "Due", "Risk if we act", "Risk if we do not act"],
                        actions.Select(a =>
                        {
                            var (ra, ri) = v.Risks.TryGetValue(a.Id, out var pair) ? pair : (null, null);
                            return (IReadOnlyList<string>)
                                [
                                    a.Text,
                                    a.Owner,
                                    Display.Date(a.DueOn),
                                    ra is null ? "" : $"{ra.Description} (score {ra.Score})",
                                    ri is null ? "" : $"{ri.Description} (score {ri.Score})",
                                ];
                        })
                    );
            }
            if (e.Conclusion is { } conclusion)
                doc.Heading(1, "Conclusion").Text(conclusion);
        }
        stream.Position = 0;
        return File(
            stream,
            Appraisals.Documents.DocumentDocxModel.ContentType,
            $"evaluation-results-{TableFile.Slug(e.Title)}.docx"
        );
    }
}
