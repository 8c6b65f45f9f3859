using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>The library as filtered, as a CSV or Excel download.</summary>
[Authorize(Policy = Policies.EvaluationsRead)]
public sealed class DownloadModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(
        string? format,
        string? search,
        string? kind,
        string? status,
        string? whose
    )
    {
        var strategies = await StrategySearch
            .Parse(search, kind, status, whose)
            .Apply(db, user)
            .Take(100_000)
            .ToListAsync();
        var rows = await StrategyRow.OfAsync(db, user, strategies);
        var today = UkCalendar.Today(clock);
        return TableFile.Of(format, "Strategies", StrategyRow.Header, rows.Select(r => r.Cells(today)), "strategies");
    }
}
