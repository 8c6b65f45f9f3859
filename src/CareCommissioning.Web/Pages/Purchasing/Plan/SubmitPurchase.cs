namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>
/// Submitting a draft plan, for "check your answers" and the API alike: the route is worked out again from the answers
/// with the rules in force today (so a changed value or category never goes with a stale route), the budget head is
/// checked, then the domain's <see cref="PurchaseWorkflow.Submit"/> moves it. Nothing is saved here; the caller saves
/// when there are no problems.
/// </summary>
public static class SubmitPurchase
{
    public static async Task<IReadOnlyList<FieldError>> RunAsync(
        AppDbContext db,
        PurchaseRequest r,
        string userId,
        DateOnly today,
        DateTimeOffset now
    )
    {
        var problems = new List<FieldError>();
        if (await PurchaseRouting.WorkOutAsync(db, r, today, followRecommendation: true) is { } blocker)
            problems.Add(blocker);
        var budget = await PurchaseRouting.BudgetHeadProblemsAsync(db, r);
        if (problems.Count == 0 && budget.Count == 0)
            return PurchaseWorkflow.Submit(r, userId, today, now);
        problems.AddRange(PurchaseRequestRules.ValidateForSubmission(r, today));
        problems.AddRange(budget);
        return [.. problems.DistinctBy(e => (e.Field, e.Message))];
    }
}
