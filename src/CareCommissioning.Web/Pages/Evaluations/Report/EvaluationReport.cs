using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Evaluations.Report;

/// <summary>
/// A version of the preliminary assessment's report (EV-P8…P10) as the web page, the Word document and the easy read
/// page show it: the criteria and findings, the equality screening, the recommendation and the history of amendments.
/// </summary>
public sealed record EvaluationReport(StrategyEvaluation Evaluation, string Strategy, ReportVersion Version)
{
    /// <summary>The version asked for, or the latest; null when there is none.</summary>
    public static async Task<EvaluationReport?> LoadAsync(AppDbContext db, StrategyEvaluation e, int? version)
    {
        var chosen = version is { } n ? e.Reports.FirstOrDefault(r => r.Number == n) : e.LatestReport;
        if (chosen is null)
            return null;
        var strategy = await EvaluationAccess.StrategyOfAsync(db, e);
        return new(e, strategy?.Title ?? "", chosen);
    }

    public bool Final => Evaluation.FinalReport?.VersionNumber == Version.Number;

    public string Heading => $"{Evaluation.Title}: preliminary assessment report, version {Version.Number}";

    /// <summary>The versions up to this one that record amendments, oldest first.</summary>
    public IEnumerable<ReportVersion> Amendments =>
        Evaluation.Reports.Where(r => r.Number <= Version.Number && r.Amendments is not null).OrderBy(r => r.Number);

    public string FileName => TableFile.Slug(Evaluation.Title) + $"-report-v{Version.Number}.docx";

    public void WriteDocx(Stream output)
    {
        var s = Evaluation.Screening;
        using var doc = new WordDocument(output, Heading);
        doc.Title(Heading);
        doc.Text($"Strategy evaluated: {Strategy}");
        doc.Text(
            Final
                ? $"Final report, agreed by {Evaluation.FinalReport!.AgreedBy} on {DateText.Format(Evaluation.FinalReport.AgreedOn)}."
                : $"Draft for feedback until {DateText.Format(Version.FeedbackClosesOn)}."
        );
        doc.Heading(1, "Process");
        doc.Text(s.Process);
        doc.Heading(1, "Criteria and findings");
        doc.Table(
            "Criteria and findings",
            ["Criterion", "Finding"],
            s.Criteria.Select(c => (IReadOnlyList<string>)[c.Text, c.Finding ?? ""])
        );
        doc.Heading(1, "Findings");
        doc.Text(Version.Findings);
        doc.Heading(1, "Equality screening");
        doc.Table(
            "Equality screening",
            ["Characteristic", "Likely effect", "Why"],
            s.Equality.Select(q =>
                (IReadOnlyList<string>)
                    [
                        ProtectedCharacteristicNames.Display(q.Characteristic),
                        EqualityEffectNames.Display(q.Effect),
                        q.Note ?? "",
                    ]
            )
        );
        if (s.EqualityConclusion is not null)
            doc.Text(s.EqualityConclusion);
        doc.Heading(1, "Recommendation");
        doc.Text(
            Version.RecommendsFullEvaluation ? "A full evaluation is recommended." : "A full evaluation is not needed.",
            bold: true
        );
        doc.Text(Version.Reason);
        if (Amendments.Any())
        {
            doc.Heading(1, "Amendments");
            foreach (var r in Amendments)
                doc.Text($"Version {r.Number}: {r.Amendments}");
        }
    }
}
