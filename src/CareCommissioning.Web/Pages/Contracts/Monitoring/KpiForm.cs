using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>A contract KPI's answers as typed, with the version it was read at.</summary>
public sealed class KpiForm : IVersionedForm
{
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public string? Direction { get; set; }
    public string? Target { get; set; }
    public string? AmberTolerance { get; set; }
    public string? RedThreshold { get; set; }
    public string? Frequency { get; set; }
    public string? DaysToReturn { get; set; }
    public string? OutcomeId { get; set; }
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> UnitItems =>
        Enum.GetValues<KpiUnit>().Select(u => new SelectListItem(KpiUnitNames.Display(u), u.ToString()));

    public static IEnumerable<SelectListItem> DirectionItems =>
        Enum.GetValues<KpiDirection>().Select(d => new SelectListItem(KpiDirectionNames.Display(d), d.ToString()));

    public static IEnumerable<SelectListItem> FrequencyItems =>
        Enum.GetValues<ReturnFrequency>()
            .Select(f => new SelectListItem(ReturnFrequencyNames.Display(f), f.ToString()));

    public static KpiForm From(ContractKpi k) =>
        new()
        {
            Name = k.Name,
            Unit = k.Unit.ToString(),
            Direction = k.Direction.ToString(),
            Target = Text(k.Unit, k.Target),
            AmberTolerance = k.Unit == KpiUnit.YesNo ? "" : Number(k.AmberTolerance),
            RedThreshold = k.RedThreshold is { } r ? Number(r) : "",
            Frequency = k.Frequency.ToString(),
            DaysToReturn = k.DaysToReturn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OutcomeId = k.OutcomeId?.ToString() ?? "",
            Version = k.Version,
        };

    /// <summary>The answers as details, with what cannot be read at all put in <paramref name="state"/>; the domain's
    /// rules then check the rest.</summary>
    public ContractKpiDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        var unit = Enum.TryParse<KpiUnit>(Unit, out var u) && Enum.IsDefined(u) ? u : (KpiUnit)0;
        var direction = Enum.TryParse<KpiDirection>(Direction, out var d) && Enum.IsDefined(d) ? d : (KpiDirection)0;
        if (unit == KpiUnit.YesNo)
            direction = KpiDirection.HigherIsBetter;
        var frequency = Enum.TryParse<ReturnFrequency>(Frequency, out var f) && Enum.IsDefined(f) ? f : 0;
        decimal target = 0,
            tolerance = 0;
        decimal? red = null;
        if (unit != 0)
        {
            if (KpiValues.Parse(unit, Target, out target, nameof(Target)) is { } bad)
                state.AddModelError(
                    $"{prefix}.{nameof(Target)}",
                    Target is null or "" ? "Enter the target" : bad.Message
                );
            if (unit != KpiUnit.YesNo || !string.IsNullOrWhiteSpace(AmberTolerance))
                tolerance = Amount(state, prefix, nameof(AmberTolerance), AmberTolerance, "tolerance") ?? 0;
            if (!string.IsNullOrWhiteSpace(RedThreshold))
                red = Amount(state, prefix, nameof(RedThreshold), RedThreshold, "inadequate level");
        }
        var days = KpiReturnPeriods.DefaultDaysToReturn;
        if (!string.IsNullOrWhiteSpace(DaysToReturn) && !int.TryParse(DaysToReturn.Trim(), out days))
            state.AddModelError($"{prefix}.{nameof(DaysToReturn)}", "Days to send the return must be a whole number");
        Guid? outcome = Guid.TryParse(OutcomeId, out var o) ? o : null;
        return new(
            new KpiDefinition(Name?.Trim() ?? "", unit, target, direction, tolerance, red),
            frequency,
            days,
            outcome
        );
    }

    private static decimal? Amount(ModelStateDictionary state, string prefix, string field, string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 0;
        var t = text.Trim()
            .TrimEnd('%')
            .Replace("£", "", StringComparison.Ordinal)
            .Replace(",", "", StringComparison.Ordinal);
        if (
            decimal.TryParse(
                t,
                System.Globalization.NumberStyles.Number & ~System.Globalization.NumberStyles.AllowThousands,
                System.Globalization.CultureInfo.InvariantCulture,
                out var v
            )
        )
            return v;
        state.AddModelError($"{prefix}.{field}", $"Enter the {what} as a number, like 5");
        return null;
    }

    private static string Text(KpiUnit unit, decimal value) =>
        unit == KpiUnit.YesNo ? (value == 1 ? "yes" : "no") : Number(value);

    private static string Number(decimal v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The KPI questions' answers and the organisation's outcomes to link one to.</summary>
public sealed record KpiFieldsModel(KpiForm Input, IReadOnlyList<SelectListItem> Outcomes);
