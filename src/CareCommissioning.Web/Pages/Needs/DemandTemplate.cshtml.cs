using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Needs;

/// <summary>The demand import template for a service line, as CSV or XLSX, with its years filled in and any figures it
/// already has.</summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class DemandTemplateModel(AppDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string format)
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsRead);
        if (line is null)
            return NotFound();
        var figures = (await ServiceLineAccess.FiguresAsync(db, id)).ToDictionary(f => f.Year);
        var rows = Enumerable
            .Range(line.BaseYear, ServiceLineRules.MaxProjectedYears + 1)
            .Select(y =>
                figures.TryGetValue(y, out var f)
                    ? (IReadOnlyList<string>)
                        [
                            new FinancialYear(y).ToString(),
                            NumberInput.Plain(f.Volume),
                            f.Basis.ToString(),
                            f.Source ?? "",
                        ]
                    :
                    [
                        new FinancialYear(y).ToString(),
                        "",
                        (y == line.BaseYear ? DemandBasis.Actual : DemandBasis.Forecast).ToString(),
                        "",
                    ]
            )
            .ToList();
        var name = "demand-" + TableFile.Slug(line.Name);
        return TableFile.Of(format, "Demand", DemandImport.Columns, rows, name);
    }
}
