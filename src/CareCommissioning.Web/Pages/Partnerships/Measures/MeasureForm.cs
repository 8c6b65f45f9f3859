using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Partnerships.Measures;

/// <summary>The add and edit form of a measure, kept as typed so a failed save shows the answers back.</summary>
public sealed class MeasureForm : IVersionedForm
{
    public const string Higher = "higher";
    public const string Lower = "lower";

    public string? Name { get; set; }
    public string? Definition { get; set; }
    public string? Source { get; set; }
    public string? Frequency { get; set; }
    public string? Unit { get; set; }
    public string? Baseline { get; set; }
    public string? Target { get; set; }
    public string? Better { get; set; }
    public string? ProviderPartnerId { get; set; }
    public int Version { get; set; }

    public static MeasureForm From(PartnershipMeasure m) =>
        new()
        {
            Name = m.Name,
            Definition = m.Definition,
            Source = m.Source,
            Frequency = m.Frequency.ToString(),
            Unit = m.Unit,
            Baseline = m.Baseline is { } b ? NumberInput.Plain(b) : null,
            Target = m.Target is { } t ? NumberInput.Plain(t) : null,
            Better = m.HigherIsBetter ? Higher : Lower,
            ProviderPartnerId = m.ProviderPartnerId?.ToString(),
            Version = m.Version,
        };

    public MeasureDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        decimal? Number(string? text, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(text))
                return null;
            if (NumberInput.TryParseNumber(text, out var value))
                return value;
            state.AddModelError($"{prefix}.{field}", $"{label} must be a number, like 1850 or 12.5");
            return null;
        }
        return new MeasureDetails(
            Clean(Name),
            Clean(Definition),
            Clean(Source),
            Enum.TryParse<MeasureFrequency>(Frequency, out var f) && Enum.IsDefined(f) ? f : null,
            Clean(Unit),
            Number(Baseline, nameof(Baseline), "Baseline"),
            Number(Target, nameof(Target), "Target"),
            Better switch
            {
                Higher => true,
                Lower => false,
                _ => null,
            },
            Guid.TryParse(ProviderPartnerId, out var p) ? p : null
        );
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IEnumerable<SelectListItem> FrequencyItems =>
        Enum.GetValues<MeasureFrequency>()
            .Select(f => new SelectListItem(MeasureFrequencyNames.Display(f), f.ToString()));

    public static IEnumerable<SelectListItem> BetterItems =>
        [new("A higher value is better", Higher), new("A lower value is better", Lower)];

    public static IEnumerable<SelectListItem> ProviderItems(IEnumerable<PartnershipAccess.PartnerRow> partners) =>
        [new("Any partner", ""), .. partners.Select(p => new SelectListItem(p.Organisation, p.Partner.Id.ToString()))];
}

/// <summary>What the shared measure fields show: the answers and the partners who may provide the values.</summary>
public sealed record MeasureFieldsModel(MeasureForm Input, IEnumerable<PartnershipAccess.PartnerRow> Partners);
