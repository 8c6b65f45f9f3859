namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>The addresses of a contract's implementation plan pages.</summary>
public static class PlanLinks
{
    public static string Plan(this LinkGenerator links, Guid id) => links.Page("/Contracts/Plan/Index", new { id });

    public static string PlanEdit(this LinkGenerator links, Guid id) => links.Page("/Contracts/Plan/Edit", new { id });

    public static string PlanActivityAdd(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Plan/Activity", new { id });

    public static string PlanActivity(this LinkGenerator links, Guid id, Guid activityId) =>
        links.Page("/Contracts/Plan/Activity", new { id, activityId });

    public static string PlanShare(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Plan/Share", new { id });

    public static string PlanReflect(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Plan/Reflect", new { id });

    public static string PlanDocx(this LinkGenerator links, Guid id) => $"/contracts/{id}/plan.docx";

    public static string PlanEasyRead(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Plan/EasyRead", new { id });
}
