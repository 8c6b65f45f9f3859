using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>The answers for the evaluation's status in the organisation (EV-P11), kept as typed.</summary>
public sealed class StatusForm : IVersionedForm
{
    public string? Standing { get; set; }
    public string? Sponsor { get; set; }
    public string? AgreedBy { get; set; }
    public DateInputModel AgreedOn { get; set; } = new();
    public string? Notes { get; set; }
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> StandingItems =>
        Enum.GetValues<EvaluationStanding>()
            .Select(s => new SelectListItem(EvaluationStandingNames.Display(s), s.ToString()));

    public static StatusForm From(StrategyEvaluation e) =>
        new()
        {
            Standing = e.Status?.Standing.ToString(),
            Sponsor = e.Status?.Sponsor,
            AgreedBy = e.Status?.AgreedBy,
            AgreedOn = DateInputModel.From(e.Status?.AgreedOn),
            Notes = e.Status?.Notes,
            Version = e.Version,
        };

    public EvaluationStatusAgreement ToStatus(ModelStateDictionary state, string prefix)
    {
        if (AgreedOn.TryParse("The date the status was agreed", out var on) is { } problem)
            state.AddModelError($"{prefix}.{nameof(AgreedOn)}", problem);
        return new EvaluationStatusAgreement
        {
            Standing = Enum.TryParse<EvaluationStanding>(Standing, out var s) ? s : 0,
            Sponsor = Sponsor?.Trim() ?? "",
            AgreedBy = AgreedBy?.Trim() ?? "",
            AgreedOn = on ?? default,
            Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(),
        };
    }
}
