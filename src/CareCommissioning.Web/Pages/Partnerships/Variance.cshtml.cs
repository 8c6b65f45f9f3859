using CareCommissioning.Domain.Partnerships.RiskShare;
using CareCommissioning.Web.Infrastructure.Charts;

namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// Running the pool (PB-P15 with PB-P6): for a year, each scheme's budget, actual to date, forecast outturn and
/// variance, and each partner's share of the pool's variance by the agreement's rule with the working, as a chart with
/// its description, a table, and a CSV or Excel download.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class VarianceModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public PoolContext Pool { get; private set; } = default!;
    public FinancialYear Year { get; private set; }
    public IReadOnlyList<FinancialYear> Years { get; private set; } = [];
    public PoolVariance.Report Report { get; private set; } = default!;
    public string ChartSvg { get; private set; } = "";
    public string Summary { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, int? year, string? format)
    {
        if (await PoolContext.LoadAsync(db, user, id) is not { } pool)
            return NotFound();
        Pool = pool;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Years = pool.Years(today);
        Year = pool.YearOrDefault(year, today);
        Report = await PoolVarianceQuery.LoadAsync(db, pool, Year, today);
        if (format is "csv" or "xlsx")
        {
            var (header, rows) = PoolVarianceQuery.Table(Report);
            return Downloads.File(
                this,
                format,
                "Variance",
                header,
                rows,
                $"variance-{Year.StartYear}-{(Year.StartYear + 1) % 100:00}"
            );
        }
        Summary = Describe(Report);
        var schemes = Report.Schemes;
        // One bar a scheme, over budget to the right in red and under to the left in green: long names fit.
        ChartSvg = HorizontalBarChart.Render(
            "variance-chart",
            $"Forecast variance by scheme, {Year}",
            Summary,
            Report.Schemes.Select(s => (s.Name, s.Figures.Variance)).ToList(),
            MoneyText.Abbreviated,
            colour: "#d4351c",
            negativeColour: "#00703c"
        );
        return Page();
    }

    /// <summary>A variance in a sentence: "£1,200.00 over budget".</summary>
    public static string Direction(decimal variance) =>
        variance switch
        {
            > 0 => $"{Display.Money(variance)} over budget",
            < 0 => $"{Display.Money(-variance)} under budget",
            _ => "on budget",
        };

    /// <summary>A variance in a table cell under "Variance against budget": "£1,200.00 over".</summary>
    public static string Cell(decimal variance) =>
        variance switch
        {
            > 0 => $"{Display.Money(variance)} over",
            < 0 => $"{Display.Money(-variance)} under",
            _ => "On budget",
        };

    private static string Describe(PoolVariance.Report r)
    {
        if (r.Schemes.Count == 0)
            return $"The partnership has no schemes to show for {r.Year} yet.";
        var t = r.Total;
        var most = r.Schemes.MaxBy(s => Math.Abs(s.Figures.Variance))!;
        return $"Across {r.Schemes.Count} scheme{(r.Schemes.Count == 1 ? "" : "s")}, the budget for {r.Year} is {Display.Money(t.Budget)} and the forecast outturn {Display.Money(t.Outturn)}: "
            + (t.Variance == 0 ? "on budget." : $"{Direction(t.Variance)} by the end of the year.")
            + (
                most.Figures.Variance == 0
                    ? ""
                    : $" The largest variance is {most.Name}, {Direction(most.Figures.Variance)}."
            );
    }

    /// <summary>The agreement's rule in words, for the heading of the split.</summary>
    public string Rule =>
        Report.Request?.Rule is { } rule
            ? RiskShareMethodNames.Display(rule.Method)
                + (
                    rule.Method == RiskShareMethod.Capped && rule.CapPercent is { } cap
                        ? $" ({NumberInput.Plain(cap)}% of the pool shared, the rest to {rule.CapExcessTo})"
                        : ""
                )
                + $"; an underspend is {UnderspendTreatmentNames.Display(rule.Underspend).ToLowerInvariant()}"
            : "";
}
