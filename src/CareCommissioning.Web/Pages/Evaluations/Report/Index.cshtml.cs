namespace CareCommissioning.Web.Pages.Evaluations.Report;

/// <summary>A version of the preliminary assessment's report as a print-ready web page (?version=, the latest by
/// default), for everyone who may see the evaluation or take part in it.</summary>
[Authorize(Policy = Policies.EvaluationsReports)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock)
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
