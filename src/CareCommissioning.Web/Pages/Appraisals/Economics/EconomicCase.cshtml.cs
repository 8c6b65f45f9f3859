using CareCommissioning.Web.Infrastructure.Charts;

namespace CareCommissioning.Web.Pages.Appraisals.Economics;

/// <summary>
/// The economic case of the short list (METHODS §1.2–1.5): each option's streams with optimism bias and discount
/// factors, PV costs, PV benefits, NPSV, BCR and the difference from do nothing; sensitivity tests and switching
/// values.
/// </summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class EconomicCaseModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public EconomicCase? Case { get; private set; }
    public string? Blocker { get; private set; }
    public string NpsvChart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        Blocker = AppraisalCalculator.EconomicBlocker(Appraisal.Content);
        Case = AppraisalCalculator.Economic(Appraisal);
        if (Case is not null)
            NpsvChart = Chart(Case, Appraisal);
        return Page();
    }

    public static string Chart(EconomicCase c, Appraisal a) =>
        HorizontalBarChart.Render(
            "npsv-chart",
            "Net present social value of each short-listed option",
            $"NPSV in {a.BaseFinancialYear} prices over {a.HorizonYears + 1} years: "
                + string.Join("; ", c.Results.Select(r => $"{r.Name} {Display.Money(r.Npsv)}")),
            c.Results.Select(r => (r.Name, r.Npsv)).ToList(),
            MoneyText.Abbreviated
        );
}
