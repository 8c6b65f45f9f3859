namespace CareCommissioning.Web.Pages.Evaluations.Sharing;

/// <summary>The information shared with or received from other agencies for the evaluation, each with its legal
/// basis (EV-P5); read by everyone who may see the evaluation.</summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class InformationModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPageModel(db, user, clock)
{
    public IReadOnlyList<InformationExchange> Exchanges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await FindVisibleAsync(id))
            return NotFound();
        Exchanges = await SharingCommands.ExchangesAsync(Db, id);
        return Page();
    }
}
