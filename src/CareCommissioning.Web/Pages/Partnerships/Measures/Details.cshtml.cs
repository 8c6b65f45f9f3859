using CareCommissioning.Web.Infrastructure.Charts;

namespace CareCommissioning.Web.Pages.Partnerships.Measures;

/// <summary>
/// One measure (PB-P14, P15): its definition, its values by period with who provided them, a chart with a text
/// description beside the data table, and a form to record a period's value. Recording a period that has a value
/// replaces it only when the form was filled in from that value (its version): otherwise the newer value is shown and
/// nothing is overwritten.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public MeasureScope Scope { get; private set; } = default!;
    public IReadOnlyList<MeasureValue> Values { get; private set; } = [];
    public bool CanChange { get; private set; }
    public bool CanRecord { get; private set; }
    public string Chart { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public IReadOnlyList<SelectListItem> PeriodItems { get; private set; } = [];

    [BindProperty]
    public ValueForm Input { get; set; } = new();

    public sealed class ValueForm
    {
        public string? Period { get; set; }
        public string? Value { get; set; }
        public string? Note { get; set; }

        /// <summary>The version of the value this form changes; 0 to record a new one.</summary>
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid measureId, string? period)
    {
        if (!await LoadAsync(id, measureId))
            return NotFound();
        // "Change" on a row fills the form in from that value.
        if (
            DateOnly.TryParse(period, System.Globalization.CultureInfo.InvariantCulture, out var p)
            && Values.FirstOrDefault(v => v.Period == p) is { } existing
        )
            Input = new ValueForm
            {
                Period = Key(existing.Period),
                Value = NumberInput.Plain(existing.Value),
                Note = existing.Note,
                Version = existing.Version,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid measureId)
    {
        if (!await LoadAsync(id, measureId))
            return NotFound();
        if (!CanRecord)
            return Forbid();
        var measure = Scope.Measure;
        var period = DateOnly.TryParseExact(
            Input.Period,
            "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None,
            out var p
        )
            ? p
            : (DateOnly?)null;
        if (period is null)
            ModelState.AddModelError("Input.Period", "Select the period the value is for");
        if (!NumberInput.TryParseNumber(Input.Value, out var value))
            ModelState.AddModelError(
                "Input.Value",
                string.IsNullOrWhiteSpace(Input.Value)
                    ? "Enter the value"
                    : "The value must be a number, like 1850 or 12.5"
            );
        if (Input.Note?.Length > MeasureValue.NoteMaxLength)
            ModelState.AddModelError(
                "Input.Note",
                $"The note must be {MeasureValue.NoteMaxLength:N0} characters or fewer"
            );
        if (
            period is { } at
            && ModelState.IsValid
            && MeasureRules.RefuseValue(measure, at, value, UkCalendar.DateOf(clock.GetUtcNow())) is { } refusal
        )
            ModelState.AddModelError($"Input.{refusal.Field}", refusal.Message);
        if (!ModelState.IsValid)
            return Page();

        var outcome = await MeasureValueSave.SaveAsync(
            db,
            Scope,
            user,
            period!.Value,
            value,
            Input.Note,
            Input.Version,
            clock.GetUtcNow()
        );
        var saved = outcome.Value;
        if (!outcome.Saved)
        {
            // The period has a value the form was not filled in from: show it, keep the answers, write nothing.
            ModelState.AddModelError(
                "Input.Value",
                $"{MeasurePeriods.Name(measure.Frequency, saved.Period)} already has a value, {Display.Number(saved.Value)}, provided by {saved.ProvidedBy}. To replace it, check your value and save again"
            );
            Input.Version = saved.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] =
            $"The value for {MeasurePeriods.Name(measure.Frequency, saved.Period)} has been saved";
        return Redirect(this.Links().Measure(id, measureId));
    }

    public static string Key(DateOnly period) =>
        period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(Guid id, Guid measureId)
    {
        var scope = await MeasureScope.FindAsync(db, user, id, measureId);
        if (scope is null)
            return false;
        Scope = scope;
        var m = scope.Measure;
        Values = (await MeasureScope.ValuesAsync(db, [m.Id]))[m.Id].ToList();
        (CanChange, CanRecord) = (scope.CanChange(user), scope.CanRecord(user));
        var today = UkCalendar.DateOf(clock.GetUtcNow());
        var from = scope.Partnership.StartDate ?? today.AddYears(-3);
        PeriodItems =
        [
            new("Select a period", ""),
            .. MeasurePeriods
                .Between(m.Frequency, from < today ? from : today, today)
                .Take(120)
                .Select(p => new SelectListItem(MeasurePeriods.Name(m.Frequency, p), Key(p))),
        ];
        (Chart, Summary) = Draw(m, Values);
        return true;
    }

    private static (string Chart, string Summary) Draw(PartnershipMeasure m, IReadOnlyList<MeasureValue> values)
    {
        if (values.Count == 0)
            return ("", "");
        var (first, last) = (values[0], values[^1]);
        var unit = m.Unit is null ? "" : " " + m.Unit;
        var summary =
            values.Count == 1
                ? $"One value so far: {Display.Number(last.Value)}{unit} for {MeasurePeriods.Name(m.Frequency, last.Period)}."
                : $"From {Display.Number(first.Value)}{unit} in {MeasurePeriods.Name(m.Frequency, first.Period)} to {Display.Number(last.Value)}{unit} in {MeasurePeriods.Name(m.Frequency, last.Period)}, over {values.Count} periods.";
        if (m.Target is { } t)
            summary +=
                $" The target is {Display.Number(t)}{unit}, and {(m.HigherIsBetter ? "higher" : "lower")} is better: {MeasureStatusNames.Display(MeasureProgress.Of(m, last.Value)).ToLowerInvariant()}.";
        var lines = new List<LineChart.Line> { new("Value", values.Select((v, i) => ((decimal)i, v.Value)).ToList()) };
        if (m.Target is { } target)
            lines.Add(new("Target", [(0m, target), (Math.Max(1, values.Count - 1), target)]));
        if (m.Baseline is { } baseline)
            lines.Add(new("Baseline", [(0m, baseline), (Math.Max(1, values.Count - 1), baseline)]));
        string X(decimal x) =>
            x == decimal.Truncate(x) && x >= 0 && x < values.Count
                ? MeasurePeriods.ShortName(m.Frequency, values[(int)x].Period)
                : "";
        var chart = LineChart.Render("measure-chart", m.Name, summary, lines, "Period", m.Unit ?? "Value", X, y =>
            Display.Number(decimal.Round(y, 1))
        );
        return (chart, summary);
    }
}
