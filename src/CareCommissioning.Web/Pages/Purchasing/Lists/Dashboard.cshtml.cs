using System.Globalization;
using CareCommissioning.Web.Infrastructure.Charts;

namespace CareCommissioning.Web.Pages.Purchasing.Lists;

/// <summary>
/// The purchasing dashboard for procurement specialists and auditors (issue 5 §6; PU-P4, P13, P14, P16): how many
/// purchases complied, the routes used, spend by CPV division and by supplier, and the value-for-money judgements of
/// evaluations. Each chart has a text description and its data table.
/// </summary>
[Authorize(Policy = Policies.PurchasesAll)]
public sealed class DashboardModel(AppDbContext db, CurrentUser user) : PageModel
{
    public const int TopSuppliers = 10;

    public PurchasingDashboard Figures { get; private set; } = default!;
    public IReadOnlyList<(string Label, int Count)> Routes { get; private set; } = [];
    public IReadOnlyList<(string Label, decimal Spend)> Divisions { get; private set; } = [];
    public IReadOnlyList<(string Label, decimal Spend)> Suppliers { get; private set; } = [];
    public IReadOnlyList<(string Label, int Count)> ValueForMoney { get; private set; } = [];
    public int SupplierCount { get; private set; }
    public string RoutesChart { get; private set; } = "";
    public string DivisionsChart { get; private set; } = "";
    public string SuppliersChart { get; private set; } = "";
    public string ValueForMoneyChart { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Figures = await PurchasingDashboardQuery.ReadAsync(
            db,
            user.OrganisationsFor(Policies.PurchasesAll),
            HttpContext.RequestAborted
        );
        Routes = Enum.GetValues<PurchaseRoute>()
            .Select(r => (PurchaseRouteNames.Display(r), Figures.RoutesUsed.GetValueOrDefault(r)))
            .ToList();
        Divisions = Figures
            .SpendByDivision.OrderByDescending(d => d.Value)
            .ThenBy(d => d.Key)
            .Select(d => ($"{d.Key} {PurchasingDashboardQuery.DivisionName(d.Key)}", d.Value))
            .ToList();
        SupplierCount = Figures.SpendBySupplier.Count;
        Suppliers = Figures
            .SpendBySupplier.OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(TopSuppliers)
            .Select(s => (s.Key, s.Value))
            .ToList();
        ValueForMoney = Enum.GetValues<ValueForMoneyJudgement>()
            .Select(v => (ValueForMoneyJudgementNames.Display(v), Figures.ValueForMoney.GetValueOrDefault(v)))
            .ToList();

        RoutesChart = HorizontalBarChart.Render(
            "routes-chart",
            "Purchases by procurement route",
            "Purchases under way or done, by route: "
                + string.Join("; ", Routes.Select(r => $"{r.Label} {r.Count:N0}")),
            Routes.Select(r => (r.Label, (decimal)r.Count)).ToList(),
            v => v.ToString("N0", CultureInfo.InvariantCulture)
        );
        DivisionsChart = HorizontalBarChart.Render(
            "divisions-chart",
            "Spend by CPV division",
            Divisions.Count == 0
                ? "No spend yet"
                : "Spend on ordered purchases by CPV division: "
                    + string.Join("; ", Divisions.Select(d => $"{d.Label} {Display.Money(d.Spend)}")),
            Divisions.ToList(),
            MoneyText.Abbreviated
        );
        SuppliersChart = HorizontalBarChart.Render(
            "suppliers-chart",
            $"Spend by supplier, top {TopSuppliers}",
            Suppliers.Count == 0
                ? "No spend yet"
                : "The suppliers with most spend on ordered purchases: "
                    + string.Join("; ", Suppliers.Select(s => $"{s.Label} {Display.Money(s.Spend)}")),
            Suppliers.ToList(),
            MoneyText.Abbreviated
        );
        ValueForMoneyChart = HorizontalBarChart.Render(
            "vfm-chart",
            "Value for money judged in evaluations",
            "Evaluations by their value-for-money judgement: "
                + string.Join("; ", ValueForMoney.Select(v => $"{v.Label} {v.Count:N0}")),
            ValueForMoney.Select(v => (v.Label, (decimal)v.Count)).ToList(),
            v => v.ToString("N0", CultureInfo.InvariantCulture),
            colour: "#00703c"
        );
    }

    public string ComplianceRate =>
        Figures.ComplianceRate is { } rate
            ? (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%"
            : "Not known yet";
}
