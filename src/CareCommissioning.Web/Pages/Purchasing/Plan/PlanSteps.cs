using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>
/// The question pages of planning a purchase (PU-P1…P8) and which of the request's fields each asks about. Each page
/// checks its own answers with the same rules the submission uses, so a page never lets through what "check your
/// answers" would refuse.
/// </summary>
public static class PlanSteps
{
    public sealed record Step(string Slug, string Title, string[] Fields);

    public static readonly IReadOnlyList<Step> All =
    [
        new("/what", "What you need", ["Description", "Category", "Quantity", "Unit", "DateNeeded"]),
        new("/justification", "Why it is needed", ["OutcomeSupported", "BudgetHeadId"]),
        new(
            "/collaboration",
            "Working with others",
            ["OthersBuyingSame", "PeopleWhoUseServiceInvolved", "HowPeopleAreInvolved"]
        ),
        new(
            "/cost",
            "Value and whole-life cost",
            [
                "EstimatedValue",
                "IncludesVat",
                "PurchasePrice",
                "DeliveryAndInstallation",
                "RunningCostPerYear",
                "MaintenanceCostPerYear",
                "DisposalCost",
                "LifeYears",
            ]
        ),
        new("/route", "How to buy it", ["RecommendedRoute", "ChosenRoute", "DepartureReason"]),
        new(
            "/criteria",
            "Choosing the supplier and judging the process",
            ["Weights", "CostScoring", "ProcessMeasures"]
        ),
    ];

    public static Step Named(string slug) => All.Single(s => s.Slug == slug);

    /// <summary>The step after this one, or check your answers after the last.</summary>
    public static string After(string slug)
    {
        var i = All.ToList().FindIndex(s => s.Slug == slug);
        return i + 1 < All.Count ? All[i + 1].Slug : "/check";
    }

    /// <summary>The submission's problems that belong to this step's questions.</summary>
    public static IReadOnlyList<FieldError> Problems(PurchaseRequest r, DateOnly today, string slug) =>
        PurchaseRequestRules.ValidateForSubmission(r, today).Where(e => Named(slug).Fields.Contains(e.Field)).ToList();

    /// <summary>Whether every question of the step has an acceptable answer (for the task list).</summary>
    public static bool Done(PurchaseRequest r, DateOnly today, Step step) => Problems(r, today, step.Slug).Count == 0;

    /// <summary>Adds the step's problems to the form, keyed <c>Input.Field</c> (or as the form names the
    /// field).</summary>
    public static void AddProblems(
        ModelStateDictionary state,
        PurchaseRequest r,
        DateOnly today,
        string slug,
        Func<string, string>? keyFor = null
    ) => state.AddDomainErrors("Input", Problems(r, today, slug), keyFor);
}
