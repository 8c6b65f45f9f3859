using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Evaluations.Full.Actions;

/// <summary>A risk of the action as typed.</summary>
public sealed class RiskRow
{
    public string? Description { get; set; }
    public string? Likelihood { get; set; }
    public string? Impact { get; set; }

    public ActionRisk ToRisk() => new(Description, Rating(Likelihood), Rating(Impact));

    public static RiskRow From(Risk? r) =>
        new()
        {
            Description = r?.Description,
            Likelihood = r?.Likelihood.ToString(CultureInfo.InvariantCulture),
            Impact = r?.Impact.ToString(CultureInfo.InvariantCulture),
        };

    private static int? Rating(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}

/// <summary>An action's answers as typed, with the version it was read at.</summary>
public sealed class ActionForm : IVersionedForm
{
    public string? Text { get; set; }
    public string? Owner { get; set; }
    public DateInputModel DueOn { get; set; } = new();
    public string? Progress { get; set; }
    public RiskRow RiskOfAction { get; set; } = new();
    public RiskRow RiskOfInaction { get; set; } = new();
    public DateInputModel CompletedOn { get; set; } = new();
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> LikelihoodItems => Risks.RiskForm.LikelihoodItems;
    public static IEnumerable<SelectListItem> ImpactItems => Risks.RiskForm.ImpactItems;

    public static ActionForm From(EvaluationAction a, (Risk? OfAction, Risk? OfInaction) risks) =>
        new()
        {
            Text = a.Text,
            Owner = a.Owner,
            DueOn = DateInputModel.From(a.DueOn),
            Progress = a.Progress,
            RiskOfAction = RiskRow.From(risks.OfAction),
            RiskOfInaction = RiskRow.From(risks.OfInaction),
            Version = a.Version,
        };

    public ActionAnswers ToAnswers(ModelStateDictionary state, string prefix)
    {
        if (DueOn.TryParse("The due date", out var due) is { } problem)
            state.AddModelError($"{prefix}.{nameof(DueOn)}", problem);
        return new ActionAnswers(Text, Owner, due, Progress, RiskOfAction.ToRisk(), RiskOfInaction.ToRisk());
    }
}

/// <summary>A page with the action form, for the shared fields.</summary>
public interface IActionPage
{
    ActionForm Input { get; }
}
