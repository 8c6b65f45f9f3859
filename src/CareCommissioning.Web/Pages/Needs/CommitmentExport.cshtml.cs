using System.Globalization;
using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Needs;

/// <summary>The commitment table as CSV, with pence rounding only here at the edge and full precision in the index
/// column.</summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class CommitmentExportModel(AppDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsRead);
        if (line is null)
            return NotFound();
        var figures = await ServiceLineAccess.FiguresAsync(db, id);
        var rows = ServiceLineRules.Commitment(line, figures);
        string P(decimal v) =>
            Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        var csv = Csv.Build(
            [
                "Financial year",
                "Basis",
                $"Volume ({line.Unit})",
                "Price index",
                "Unit cost (£)",
                "Commitment in cash (£)",
                $"Commitment in {line.BaseFinancialYear} prices (£)",
                "Source",
            ],
            rows.Select(r =>
            {
                var f = figures.Single(x => x.Year == r.Year.StartYear);
                return new[]
                {
                    r.Year.ToString(),
                    DemandBasisNames.Display(f.Basis),
                    Infrastructure.Formatting.NumberInput.Plain(r.Volume),
                    r.PriceIndex.ToString("0.######", CultureInfo.InvariantCulture),
                    P(r.UnitCost),
                    P(r.Nominal),
                    P(r.Real),
                    f.Source,
                };
            })
        );
        return File(csv, "text/csv; charset=utf-8", $"commitment-{line.Name.ToLowerInvariant().Replace(' ', '-')}.csv");
    }
}
