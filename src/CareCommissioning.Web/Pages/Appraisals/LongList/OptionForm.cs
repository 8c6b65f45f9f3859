using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Appraisals.LongList;

/// <summary>An option on the long list as typed: what it is, how it was assessed, and its optimism bias.</summary>
public sealed class OptionForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Description { get; set; }
    public string? Assessment { get; set; }
    public string? AssessmentReason { get; set; }
    public string? OptimismBiasCategory { get; set; }
    public string? OptimismBias { get; set; }
    public string? OptimismBiasReason { get; set; }

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<OptionKind>().Select(k => new SelectListItem(OptionKindNames.Display(k), k.ToString()));

    public static IEnumerable<SelectListItem> AssessmentItems =>
        Enum.GetValues<OptionAssessment>()
            .Select(a => new SelectListItem(OptionAssessmentNames.Display(a), a.ToString()));

    public static IDictionary<string, string> AssessmentHints =>
        new Dictionary<string, string>
        {
            [nameof(OptionAssessment.Preferred)] = "The preferred way forward; it goes on the short list",
            [nameof(OptionAssessment.CarriedForward)] = "Worth appraising in full; it goes on the short list",
            [nameof(OptionAssessment.Discounted)] = "Not taken further; the reason is kept on the record",
        };

    public static IEnumerable<SelectListItem> CategoryItems =>
        new[] { new SelectListItem("None: I will enter the percentage", "") }.Concat(
            Domain.Appraisals.OptimismBiasCategory.All.Select(c => new SelectListItem(
                $"{c.Name} (upper bound {NumberInput.Percent(c.CostUpper)}% of costs)",
                c.Name
            ))
        );

    public static OptionForm From(OptionEntry o) =>
        new()
        {
            Name = o.Name,
            Kind = o.Kind.ToString(),
            Description = o.Description,
            Assessment = o.Assessment.ToString(),
            AssessmentReason = o.AssessmentReason,
            OptimismBiasCategory = o.OptimismBiasCategory,
            OptimismBias = NumberInput.Percent(o.OptimismBias),
            OptimismBiasReason = o.OptimismBiasReason,
        };

    /// <summary>Applies the answers to <paramref name="option"/> and checks them against the rest of the long
    /// list.</summary>
    public void ApplyTo(OptionEntry option, IEnumerable<OptionEntry> all, ModelStateDictionary state)
    {
        option.Name = Name?.Trim() ?? "";
        option.Kind = Enum.TryParse<OptionKind>(Kind, out var kind) ? kind : 0;
        option.Description = Clean(Description);
        option.Assessment = Enum.TryParse<OptionAssessment>(Assessment, out var assessment)
            ? assessment
            : (OptionAssessment)(-1);
        option.AssessmentReason = Clean(AssessmentReason);
        option.OptimismBiasCategory = Clean(OptimismBiasCategory);
        option.OptimismBiasReason = Clean(OptimismBiasReason);
        var category = Domain.Appraisals.OptimismBiasCategory.All.FirstOrDefault(c =>
            c.Name == option.OptimismBiasCategory
        );
        if (string.IsNullOrWhiteSpace(OptimismBias))
            option.OptimismBias = category?.CostUpper ?? 0m;
        else if (NumberInput.TryParsePercent(OptimismBias, out var ob))
            option.OptimismBias = ob;
        else
            state.AddModelError("Input.OptimismBias", "Optimism bias must be a percentage, like 41");
        if (string.IsNullOrEmpty(Kind))
            state.AddModelError("Input.Kind", "Select the kind of option");
        if (string.IsNullOrEmpty(Assessment))
            state.AddModelError(
                "Input.Assessment",
                "Select whether the option is preferred, carried forward or discounted"
            );
        state.AddDomainErrors("Input", AppraisalRules.ValidateOption(option, all));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record OptionFieldsModel(OptionForm Input);
