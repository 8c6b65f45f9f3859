namespace CareCommissioning.Web.Pages.Evaluations.Evidence;

/// <summary>The evidence gathered for an evaluation (EV-P3), grouped by where it comes from, with what each piece
/// shows; read by everyone who may see the evaluation.</summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public IReadOnlyList<IGrouping<EvidenceKind, EvaluationEvidence>> Groups { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindVisibleAsync(id))
            return NotFound();
        var all = await EvidenceCommands.ListAsync(Db, id);
        Total = all.Count;
        Groups = all.GroupBy(e => e.Kind).OrderBy(g => g.Key).ToList();
        return Page();
    }
}
