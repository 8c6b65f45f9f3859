namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>Words the plan's pages share.</summary>
public static class PlanText
{
    public const string Conflict =
        "Someone else changed the plan while you were working on it. Your answers are below: check the plan as it is "
        + "now, then save again";
}
