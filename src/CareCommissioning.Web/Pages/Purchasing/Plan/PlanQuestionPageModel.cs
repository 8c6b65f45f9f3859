namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>
/// One question of the purchase plan. GET shows the saved answers to the owner of a draft (anyone else is sent to the
/// request); POST refuses a request that is no longer a draft, puts the answers on the request, checks the rules of
/// this step (400 with the errors) and saves with the version, then goes to the next question or back to check your
/// answers.
/// </summary>
public abstract class PlanQuestionPageModel<TForm>(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PurchasePageModel(db, user, clock)
    where TForm : class, new()
{
    [BindProperty]
    public TForm Input { get; set; } = new();

    /// <summary>The step's slug in <see cref="PlanSteps"/>, like "/cost".</summary>
    protected abstract string Step { get; }

    /// <summary>The saved answers as the form shows them.</summary>
    protected abstract TForm Read();

    /// <summary>Puts <see cref="Input"/> on the request, with an error for each answer that cannot be read; false when
    /// the step cannot be checked at all.</summary>
    protected abstract bool Apply();

    /// <summary>What the page shows besides the answers, worked out before they are read or checked.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>True when the step's answers feed the route (the category, the value): it is then worked out again on
    /// save.</summary>
    protected virtual bool ChangesTheRoute => false;

    /// <summary>The form field a rule's field is shown on, where the form names it differently from
    /// <c>Input.Field</c>.</summary>
    protected virtual Func<string, string>? KeyFor => null;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        if (!CanEdit)
            return Redirect(Path());
        await PrepareAsync();
        Input = Read();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused)
            return refused;
        await PrepareAsync();
        if (RefuseIfNotDraft() || !Apply())
            return Page();
        PlanSteps.AddProblems(ModelState, Purchase, Today, Step, KeyFor);
        if (!ModelState.IsValid)
            return Page();
        // A changed category or value can change the route the rules require: work it out again, as the API does, so
        // that check your answers shows, and the submission sends, the route for the answers as they are now.
        if (ChangesTheRoute)
            await PurchaseRouting.WorkOutAsync(Db, Purchase, Today, followRecommendation: true);
        return await SaveAsync() ?? Next(PlanSteps.After(Step));
    }
}
