namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>Check your answers, then submit the plan (PU-P1…P8): after that it cannot be changed, only withdrawn to a
/// draft.</summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class CheckModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PurchasePageModel(db, user, clock)
{
    public IReadOnlyList<PurchaseSummary.Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        if (!CanEdit)
            return Redirect(Path());
        Rows = await PurchaseSummary.RowsAsync(Db, Purchase);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused)
            return refused;
        if (RefuseIfNotDraft())
        {
            Rows = await PurchaseSummary.RowsAsync(Db, Purchase);
            return Page();
        }
        var problems = await SubmitPurchase.RunAsync(Db, Purchase, Current.Id, Today, Clock.GetUtcNow());
        Rows = await PurchaseSummary.RowsAsync(Db, Purchase);
        if (problems.Count > 0)
        {
            // Each problem links to the question page that fixes it; the summary lists them in the order of those pages
            // (ErrorOrder).
            foreach (var p in problems.DistinctBy(p => p.Message))
                ModelState.AddModelError(StepOf(p.Field), p.Message);
            return Invalid();
        }
        return await SaveAsync("Your purchase plan has been submitted. Now get quotes from suppliers.")
            ?? Redirect(Path());
    }

    /// <summary>Each problem's link in the error summary: the question page that fixes it, coming back here (its key is
    /// the page's slug).</summary>
    public string? ErrorLink(string key) => key.Length == 0 ? null : Path($"/{key}?returnTo=check");

    private static string StepOf(string field) =>
        PlanSteps.All.FirstOrDefault(s => s.Fields.Contains(field))?.Slug.TrimStart('/') ?? "";

    /// <summary>Each problem's place in the error summary: the order of the question pages, as the answers are
    /// listed.</summary>
    public int ErrorOrder(string key) =>
        PlanSteps.All.ToList().FindIndex(s => s.Slug == "/" + key) is var i and >= 0 ? i : int.MaxValue;
}
