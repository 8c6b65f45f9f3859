namespace CareCommissioning.Web.Pages.Evaluations.Report;

/// <summary>A version of the preliminary assessment's report as a Word document, for those who may read it.</summary>
[Authorize(Policy = Policies.EvaluationsReports)]
public sealed class DocxModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id, int? version)
    {
        if (!await FindVisibleAsync(id, Policies.EvaluationsReports))
            return NotFound();
        if (await EvaluationReport.LoadAsync(Db, Evaluation, version) is not { } report)
            return NotFound();
        var stream = new MemoryStream();
        report.WriteDocx(stream);
        stream.Position = 0;
        return File(stream, Appraisals.Documents.DocumentDocxModel.ContentType, report.FileName);
    }
}
