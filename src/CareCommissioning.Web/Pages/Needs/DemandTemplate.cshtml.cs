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
        var name = "demand-" + DemandFileName(line.Name);
        if (format == "xlsx")
        {
            var stream = new MemoryStream();
            XlsxWriter.Write(stream, "Demand", [DemandImport.Columns, .. rows]);
            stream.Position = 0;
            return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        }
        return File(Csv.Build(DemandImport.Columns, rows), "text/csv; charset=utf-8", name + ".csv");
    }

    private static string DemandFileName(string name) =>
        string.Concat(name.ToLowerInvariant().Select(ch => char.IsLetterOrDigit(ch) ? ch : '-')).Trim('-');
}
