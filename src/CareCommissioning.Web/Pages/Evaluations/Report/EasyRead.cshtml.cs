namespace CareCommissioning.Web.Pages.Evaluations.Report;

/// <summary>The report in easy read: short sentences, one idea a line, for the people taking part.</summary>
[Authorize(Policy = Policies.EvaluationsReports)]
public sealed class EasyReadModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public EvaluationReport Report { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, int? version)
    {
        if (!await FindVisibleAsync(id, Policies.EvaluationsReports))
            return NotFound();
        if (await EvaluationReport.LoadAsync(Db, Evaluation, version) is not { } report)
            return NotFound();
        Report = report;
        return Page();
    }
}
