using System.Globalization;
using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Risks;

[Authorize(Policy = Policies.RisksRead)]
public sealed class ExportModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(
        string? search,
        string? category,
        string? status,
        string? band,
        string? positive,
        string? overdue
    )
    {
        var risks = await RiskSearch
            .Parse(search, category, status, band, positive, overdue, RiskAccess.Today(clock))
            .Apply(db.Risks.AsNoTracking(), user.OrganisationsFor(Policies.RisksRead))
            .Take(100_000)
            .ToListAsync();
        string N(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
        var csv = Csv.Build(
            [
                "Title",
                "Description",
                "Category",
                "Owner",
                "Likelihood",
                "Impact",
                "Score",
                "Band",
                "Likelihood after mitigation",
                "Impact after mitigation",
                "Score after mitigation",
                "Mitigation actions",
                "Positive risk-taking",
                "Status",
                "Review date",
            ],
            risks.Select(r =>
                new[]
                {
                    r.Title,
                    r.Description,
                    RiskCategoryNames.Display(r.Category),
                    r.Owner,
                    N(r.Likelihood),
                    N(r.Impact),
                    N(r.Score),
                    RiskBandNames.Display(r.Band),
                    N(r.ResidualLikelihood),
                    N(r.ResidualImpact),
                    N(r.ResidualScore),
                    r.Mitigation,
                    Display.YesNo(r.PositiveRiskTaking),
                    RiskStatusNames.Display(r.Status),
                    r.ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }
            )
        );
        return File(csv, "text/csv; charset=utf-8", "risks.csv");
    }
}
