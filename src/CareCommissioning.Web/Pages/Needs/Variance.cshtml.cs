using CareCommissioning.Web.Infrastructure.Charts;

namespace CareCommissioning.Web.Pages.Needs;

/// <summary>Variance between the commitment needed to meet demand and the resources available, year by year
/// (OA-P4).</summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class VarianceModel(AppDbContext db, CurrentUser user) : PageModel
{
    public VarianceQuery.Result Data { get; private set; } = default!;
    public string ChartSvg { get; private set; } = "";
    public string Summary { get; private set; } = "";

    /// <summary>Each year's resources against the part already agreed for appraisals' priorities (OA-P21).</summary>
    public IReadOnlyList<(FinancialYear Year, decimal Resources, decimal Agreed)> Agreed { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Data = await VarianceQuery.LoadAsync(db, user);
        var rows = Data.Rows;
        var shortfalls = rows.Where(r => r.Shortfall).ToList();
        var agreed = Data.AgreedForPrioritiesByYear;
        Agreed =
            agreed.Count == 0
                ? []
                : rows.Select(r => r.Year.StartYear)
                    .Union(agreed.Keys)
                    .Order()
                    .Select(y =>
                        (
                            new FinancialYear(y),
                            rows.FirstOrDefault(r => r.Year.StartYear == y)?.Resources ?? 0m,
                            agreed.GetValueOrDefault(y)
                        )
                    )
                    .ToList();
        Summary =
            rows.Count == 0 ? "There is no demand or budget to compare yet."
            : shortfalls.Count == 0
                ? $"Resources cover the commitment in every year from {rows[0].Year} to {rows[^1].Year}."
            : $"Resources fall short of the commitment in {shortfalls.Count} of {rows.Count} years. The largest shortfall is {Display.Money(-shortfalls.Min(r => r.Gap))} in {shortfalls.MinBy(r => r.Gap)!.Year}. "
                + (
                    rows[^1].CumulativeGap < 0
                        ? $"By the end of {rows[^1].Year} the shortfalls add up to {Display.Money(-rows[^1].CumulativeGap)}."
                        : $"By the end of {rows[^1].Year} the years together have {Display.Money(rows[^1].CumulativeGap)} to spare."
                );
        ChartSvg = BarChart.Render(
            "variance-chart",
            "Commitment and resources by financial year",
            Summary,
            rows.Select(r => r.Year.ToString()).ToList(),
            new BarChart.Series("Commitment to meet demand", "#1d70b8", rows.Select(r => r.Commitment).ToList()),
            new BarChart.Series("Resources available", "#00703c", rows.Select(r => r.Resources).ToList()),
            MoneyText.Abbreviated
        );
    }
}
