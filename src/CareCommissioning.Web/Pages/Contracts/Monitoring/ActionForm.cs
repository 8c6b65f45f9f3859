using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>A poor-performance action's answers as typed, with the version it was read at.</summary>
public sealed class ActionForm : IVersionedForm
{
    public string? KpiId { get; set; }
    public string? Stage { get; set; }
    public string? Agreed { get; set; }
    public string? Owner { get; set; }
    public DateInputModel DueOn { get; set; } = new();
    public string? Outcome { get; set; }
    public DateInputModel ClosedOn { get; set; } = new();
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> StageItems =>
        Enum.GetValues<PerformanceStage>()
            .Select(s => new SelectListItem(PerformanceStageNames.Display(s), s.ToString()));

    public static ActionForm From(ContractPerformanceAction a) =>
        new()
        {
            KpiId = a.KpiId.ToString(),
            Stage = a.Stage.ToString(),
            Agreed = a.Agreed,
            Owner = a.Owner,
            DueOn = DateInputModel.From(a.DueOn),
            Outcome = a.Outcome,
            ClosedOn = DateInputModel.From(a.ClosedOn),
            Version = a.Version,
        };

    public PerformanceActionDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        if (DueOn.TryParse("The date the action is due", out var due) is { } dueProblem)
            state.AddModelError($"{prefix}.{nameof(DueOn)}", dueProblem);
        if (ClosedOn.TryParse("The date it was closed", out var closed) is { } closedProblem)
            state.AddModelError($"{prefix}.{nameof(ClosedOn)}", closedProblem);
        return new(
            Guid.TryParse(KpiId, out var k) ? k : null,
            Enum.TryParse<PerformanceStage>(Stage, out var s) && Enum.IsDefined(s) ? s : null,
            Agreed,
            Owner,
            due,
            Outcome,
            closed
        );
    }
}

/// <summary>The action questions' answers and the KPIs it may be about.</summary>
public sealed record ActionFieldsModel(ActionForm Input, IReadOnlyList<SelectListItem> Kpis, bool Closing);
