using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Appraisals.Setup;

/// <summary>The appraisal's title, purpose, service line, years and discount schedule, as typed.</summary>
public sealed class SettingForm
{
    public string? Title { get; set; }
    public string? Purpose { get; set; }
    public string? ServiceLineId { get; set; }
    public string? BaseYear { get; set; }
    public string? HorizonYears { get; set; }
    public string? Schedule { get; set; } = "standard";

    /// <summary>For someone who works for several organisations: the one a new record belongs to.</summary>
    public string? OrganisationId { get; set; }

    public static IEnumerable<SelectListItem> ScheduleItems =>
        [
            new("Standard: 3.5% a year for the first 30 years", "standard"),
            new("Health: 1.5% a year for the first 30 years, for health effects such as QALYs", "health"),
        ];

    public static SettingForm From(Appraisal a) =>
        new()
        {
            Title = a.Title,
            Purpose = a.Content.Purpose,
            ServiceLineId = a.ServiceLineId?.ToString(),
            BaseYear = a.BaseFinancialYear.ToString(),
            HorizonYears = a.HorizonYears.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Schedule = a.Schedule,
        };

    /// <summary>Checks the answers and, when they are good, returns them parsed; errors go to the model state under
    /// "Input.".</summary>
    public (string Title, string? Purpose, Guid? ServiceLine, int BaseYear, int Horizon, string Schedule)? Parse(
        ModelStateDictionary state,
        IReadOnlyCollection<Guid> serviceLines
    )
    {
        int? baseYear = null,
            horizon = null;
        if (!string.IsNullOrWhiteSpace(BaseYear))
        {
            if (FinancialYear.TryParse(BaseYear.Trim(), out var fy))
                baseYear = fy.StartYear;
            else
                state.AddModelError("Input.BaseYear", "Base year must be a financial year, like 2026/27");
        }
        if (!string.IsNullOrWhiteSpace(HorizonYears))
        {
            if (int.TryParse(HorizonYears.Trim(), out var h))
                horizon = h;
            else
                state.AddModelError("Input.HorizonYears", "Years covered must be a whole number, like 10");
        }
        Guid? line = null;
        if (!string.IsNullOrEmpty(ServiceLineId))
        {
            if (Guid.TryParse(ServiceLineId, out var g) && serviceLines.Contains(g))
                line = g;
            else
                state.AddModelError("Input.ServiceLineId", "Select a service line from the list");
        }
        if (Purpose?.Length > AppraisalRules.TextMaxLength)
            state.AddModelError(
                "Input.Purpose",
                $"Purpose must be {AppraisalRules.TextMaxLength:N0} characters or fewer"
            );
        state.AddDomainErrors("Input", AppraisalRules.ValidateSetting(Title, baseYear, horizon, Schedule));
        if (!state.IsValid)
            return null;
        return (
            Title!.Trim(),
            string.IsNullOrWhiteSpace(Purpose) ? null : Purpose.Trim(),
            line,
            baseYear!.Value,
            horizon!.Value,
            Schedule!.ToLowerInvariant()
        );
    }
}
