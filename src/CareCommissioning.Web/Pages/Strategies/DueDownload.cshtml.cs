using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>The evaluations overdue or due soon (EV-P21) as a CSV or Excel download.</summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class DueDownloadModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? format)
    {
        var today = UkCalendar.Today(clock);
        var strategies = await StrategyCommands.Due(db, user, today).Take(100_000).ToListAsync();
        var rows = await StrategyRow.OfAsync(db, user, strategies);
        return TableFile.Of(
            format,
            "Evaluations due",
            StrategyRow.Header,
            rows.Select(r => r.Cells(today)),
            "strategy-evaluations-due"
        );
    }
}
