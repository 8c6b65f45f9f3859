namespace CareCommissioning.Web.Pages.Evaluations.Full.Impacts;

/// <summary>
/// The impacts of the strategy identified with the people involved (EV-P15), as a matrix of positive and negative
/// against short and long term, and as a chart with its data table; a download of them; and the record of who the
/// analysis was shared with (EV-P14).
/// </summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public FullEvaluationView View { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is not { } e)
            return NotFound();
        View = await FullEvaluationView.LoadAsync(db, e, EvaluationAccess.Keeps(user, e));
        return Page();
    }

    /// <summary>The impacts as CSV, or as a spreadsheet with <c>format=xlsx</c>.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, string? format)
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is not { } e)
            return NotFound();
        var view = await FullEvaluationView.LoadAsync(db, e, false);
        return Infrastructure.Export.TableFile.Of(
            format,
            "Impacts",
            FullEvaluationView.ImpactHeader,
            view.ImpactRows(),
            $"impacts-{Infrastructure.Export.TableFile.Slug(e.Title)}"
        );
    }
}
