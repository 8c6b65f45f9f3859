using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Partnerships.Returns;

/// <summary>The return as an Excel spreadsheet, one section after another in the order of the Better Care Fund return,
/// for partners and for sending on.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class XlsxModel(AppDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid returnId)
    {
        var s = await ReturnScope.FindAsync(db, user, id, returnId);
        if (s is null)
            return NotFound();
        var (r, f) = (s.Return, s.Figures);
        static string Money(decimal v) => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        static string YesNo(bool? v) =>
            v switch
            {
                true => "Yes",
                false => "No",
                null => "",
            };
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "Partnership", s.Partnership.Name },
            new[] { "Period", r.PeriodName },
            new[] { "Section 75 agreement in place", YesNo(r.AgreementInPlace) },
            new[] { DetailsModel.Conditions[0], YesNo(r.PlansJointlyAgreed) },
            new[] { DetailsModel.Conditions[1], YesNo(r.ImplementingObjectives) },
            new[] { DetailsModel.Conditions[2], YesNo(r.GrantConditionsMet) },
            new[] { DetailsModel.Conditions[3], YesNo(r.OversightComplied) },
            Array.Empty<string>(),
            new[] { "Income", "Cash", "In kind", "Total" },
        };
        rows.AddRange(
            f.IncomeByPartner.Select(i =>
                (IReadOnlyList<string>)[i.Partner, Money(i.Cash), Money(i.InKind), Money(i.Total)]
            )
        );
        rows.Add(["Total income", "", "", Money(f.TotalIncome)]);
        rows.Add([]);
        rows.Add(["Expenditure by scheme type", "Budget", "Actual", "Forecast", "Variance"]);
        rows.AddRange(
            f.ExpenditureByType.Select(e =>
                (IReadOnlyList<string>)
                    [
                        SchemeTypeNames.Display(e.Type),
                        Money(e.Budget),
                        Money(e.Actual),
                        Money(e.Forecast),
                        Money(e.Variance),
                    ]
            )
        );
        rows.Add(["Total", Money(f.TotalBudget), "", "", Money(f.TotalOutturn - f.TotalBudget)]);
        rows.Add([]);
        rows.Add(["Metric", "Plan (target)", "Latest value", "Period", "Progress"]);
        rows.AddRange(
            f.Metrics.Select(m =>
                (IReadOnlyList<string>)
                    [
                        m.Name,
                        Display.Number(m.Target, ""),
                        Display.Number(m.Value, ""),
                        m.Period ?? "",
                        MeasureStatusNames.Display(m.Status),
                    ]
            )
        );
        rows.Add([]);
        rows.Add(["Narrative", r.Narrative ?? ""]);
        rows.Add([
            "Health and wellbeing board sign-off",
            r.BoardSignedOffBy ?? "",
            r.BoardSignedOffOn is { } on ? Display.Date(on) : "",
        ]);
        rows.Add(["Submitted", r.SubmittedBy ?? "", r.SubmittedAt is { } at ? Display.DateTime(at) : ""]);
        return TableFile.Of(
            "xlsx",
            "Return",
            ["Better Care Fund return"],
            rows,
            $"return-{TableFile.Slug(s.Partnership.Name)}-{r.Year}-{(r.Quarter == 0 ? "year-end" : "q" + r.Quarter)}"
        );
    }
}
