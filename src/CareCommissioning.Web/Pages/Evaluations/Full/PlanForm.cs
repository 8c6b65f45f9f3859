using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>One role row of the plan as typed.</summary>
public sealed class RoleRow
{
    public string? Who { get; set; }
    public string? Responsibility { get; set; }
}

/// <summary>The answers for the full evaluation's action plan (EV-P12), kept as typed.</summary>
public sealed class PlanForm : IVersionedForm
{
    /// <summary>Blank role rows offered beyond those held, so several can be added without JavaScript.</summary>
    public const int SpareRoles = 3;

    public string? Scope { get; set; }
    public List<string> Methods { get; set; } = [];
    public string? MethodNotes { get; set; }
    public string? Indicators { get; set; }
    public DateInputModel StartsOn { get; set; } = new();
    public DateInputModel ReportsBy { get; set; } = new();
    public string? InterRelationships { get; set; }
    public List<RoleRow> Roles { get; set; } = [];
    public string? DevelopedWith { get; set; }
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> MethodItems =>
        EvaluationMethodsNames.Each.Select(m => new SelectListItem(EvaluationMethodsNames.Display(m), m.ToString()));

    /// <summary>Each method's Magenta Book question, as its hint.</summary>
    public static IDictionary<string, string> MethodHints =>
        EvaluationMethodsNames.Each.ToDictionary(m => m.ToString(), EvaluationMethodsNames.Question);

    public static PlanForm From(StrategyEvaluation e) =>
        e.Plan is not { } p
            ? new PlanForm { Version = e.Version }
            : new PlanForm
            {
                Scope = p.Scope,
                Methods = EvaluationMethodsNames
                    .Each.Where(m => p.Methods.HasFlag(m))
                    .Select(m => m.ToString())
                    .ToList(),
                MethodNotes = p.MethodNotes,
                Indicators = p.Indicators,
                StartsOn = DateInputModel.From(p.StartsOn),
                ReportsBy = DateInputModel.From(p.ReportsBy),
                InterRelationships = p.InterRelationships,
                Roles = p.Roles.Select(r => new RoleRow { Who = r.Who, Responsibility = r.Responsibility }).ToList(),
                DevelopedWith = p.DevelopedWith,
                Version = e.Version,
            };

    public EvaluationPlan ToPlan(ModelStateDictionary state, string prefix)
    {
        if (StartsOn.TryParse("The start date", out var starts) is { } p1)
            state.AddModelError($"{prefix}.{nameof(StartsOn)}", p1);
        if (ReportsBy.TryParse("The report date", out var reports) is { } p2)
            state.AddModelError($"{prefix}.{nameof(ReportsBy)}", p2);
        return new EvaluationPlan
        {
            Scope = Scope?.Trim() ?? "",
            Methods = Methods.Aggregate(EvaluationMethods.None, (all, m) =>
                Enum.TryParse<EvaluationMethods>(m, out var one) ? all | one : all
            ),
            MethodNotes = string.IsNullOrWhiteSpace(MethodNotes) ? null : MethodNotes.Trim(),
            Indicators = Indicators?.Trim() ?? "",
            StartsOn = starts ?? default,
            ReportsBy = reports ?? default,
            InterRelationships = string.IsNullOrWhiteSpace(InterRelationships) ? null : InterRelationships.Trim(),
            Roles = Roles
                .Select(r => new EvaluationRole
                {
                    Who = r.Who?.Trim() ?? "",
                    Responsibility = r.Responsibility?.Trim() ?? "",
                })
                .ToList(),
            DevelopedWith = DevelopedWith?.Trim() ?? "",
        };
    }
}
