using CareCommissioning.Web.Infrastructure.Export;
using CareCommissioning.Web.Infrastructure.Import;

namespace CareCommissioning.Web.Pages.Evaluations.Evidence;

/// <summary>
/// Importing a survey's results from a CSV or XLSX file (EV-P3) through <see cref="SurveyImport"/>: a file with an
/// unknown column, a missing one or a bad row is refused with every problem by row, and nothing is saved.
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
[UploadLimit(
    SpreadsheetReader.MaxBytes,
    CareCommissioning.Web.Pages.Contracts.ImportModel.MaxRequestBytes,
    SpreadsheetReader.TooLargeMessage
)]
public sealed class SurveyModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await FindToChangeAsync(id) ? Page() : NotFound();

    /// <summary>A template with the three columns and an example question.</summary>
    public IActionResult OnGetTemplate(string? format) =>
        TableFile.Of(
            format,
            "Survey",
            SurveyImport.Columns,
            [
                ["How easy is it to get a break?", "Easy", "12"],
                ["How easy is it to get a break?", "Hard", "30"],
            ],
            "survey-results"
        );

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindToChangeAsync(id))
            return NotFound();
        if (!ModelState.IsValid)
            return Page(); // the file was too large to read (UploadLimit)
        if (string.IsNullOrWhiteSpace(Title))
            ModelState.AddModelError(nameof(Title), "Enter a title for the survey");
        var read = await UploadedSheet.ReadAsync(Upload);
        if (read.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(Upload), problem);
            return Page();
        }
        var survey = EvidenceCommands.ReadSurvey(read.Rows);
        if (survey.Problems.Count > 0)
        {
            UploadedSheet.ShowProblems(
                ModelState,
                nameof(Upload),
                survey.Problems.Select(p => $"Row {p.Row}: {p.Message}").ToList()
            );
            return Page();
        }
        if (!ModelState.IsValid)
            return Page();
        var (saved, errors) = await EvidenceCommands.AddAsync(
            Db,
            Person,
            Evaluation,
            new(EvidenceKind.Survey, Title, survey.Finding, null, null),
            survey.Answers,
            Clock.GetUtcNow()
        );
        ModelState.AddDomainErrors("", errors, f => f == nameof(EvaluationEvidence.Title) ? nameof(Title) : "");
        if (saved is null)
            return Page();
        TempData[PageKeys.SuccessMessage] = $"The survey has been imported: {saved.SurveyAnswers.Count} answers";
        return Redirect(this.Links().Page("/Evaluations/Evidence/Details", new { id, evidenceId = saved.Id }));
    }
}
