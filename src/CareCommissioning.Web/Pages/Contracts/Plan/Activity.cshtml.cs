namespace CareCommissioning.Web.Pages.Contracts.Plan;

/// <summary>
/// Adding an activity to a contract's implementation plan, or changing one (CD-P14, CD-P15, CD-P20): its owner,
/// resources and dates, and what it links to: a priority outcome, a regulatory requirement, a risk on the register and
/// the contingency. Each change is recorded in the plan's history, and one after sharing needs its reason and starts
/// the next version.
/// </summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class ActivityModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ActivityForm Input { get; set; } = new();

    public Contract Contract { get; private set; } = default!;
    public ImplementationPlan Plan { get; private set; } = default!;
    public PlanActivity? Activity { get; private set; }
    public IReadOnlyDictionary<Guid, string> Outcomes { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> Risks { get; private set; } = new Dictionary<Guid, string>();

    public IEnumerable<SelectListItem> OutcomeItems =>
        Outcomes.Select(o => new SelectListItem(o.Value, o.Key.ToString())).Prepend(new("None", ""));

    public IEnumerable<SelectListItem> RiskItems =>
        Risks.Select(o => new SelectListItem(o.Value, o.Key.ToString())).Prepend(new("None", ""));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? activityId)
    {
        if (!await LoadAsync(id, activityId, track: false))
            return NotFound();
        if (Activity is not null)
            Input = ActivityForm.From(Activity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? activityId)
    {
        if (!await LoadAsync(id, activityId, track: true))
            return NotFound();
        var now = clock.GetUtcNow();
        var details = Input.ToDetails(ModelState, nameof(Input), Outcomes, Risks);
        ModelState.AddDomainErrors(nameof(Input), ImplementationPlanRules.Validate(details, UkCalendar.DateOf(now)));
        ModelState.AddDomainErrors(nameof(Input), ImplementationPlanRules.ValidateReason(Plan, Input.Reason));
        if (!ModelState.IsValid)
            return Page();

        var activity = Activity
            ?? new PlanActivity
            {
                OrganisationId = Plan.OrganisationId,
                PlanId = Plan.Id,
                Title = "",
                Owner = "",
                CreatedAt = now,
            };
        var before = Activity is null ? null : ActivityDetails.From(Activity);
        details.ApplyTo(activity);
        activity.UpdatedAt = now;
        if (Activity is null)
            db.PlanActivities.Add(activity);
        else
            db.Entry(activity).Property(nameof(IVersioned.Version)).OriginalValue = Input.Version;
        db.PlanChanges.Add(Plan.Change(Input.Reason, Describe(before, details), user.DisplayName, now));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // The activity or the plan changed since this page was read: nothing is written and the answers stay.
            db.ChangeTracker.Clear();
            await LoadAsync(id, activityId, track: false);
            if (Activity is not null)
                Input.Version = Activity.Version;
            ModelState.Remove($"{nameof(Input)}.{nameof(ActivityForm.Version)}");
            ModelState.AddModelError(
                string.Empty,
                "Someone else changed the plan while you were working on it. Your answers are below: check the plan "
                    + "as it is now, then save again"
            );
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] =
            $"'{activity.Title}' has been {(before is null ? "added to" : "saved in")} version {Plan.PlanVersion} of the plan";
        return Redirect(this.Links().Plan(id));
    }

    /// <summary>What changed, in words, for the plan's history.</summary>
    private static string Describe(ActivityDetails? before, ActivityDetails after)
    {
        if (before is null)
            return $"Added the activity '{after.Title}', due {Display.Date(after.DueDate!.Value)}";
        var parts = new List<string>();
        if (before.Title != after.Title?.Trim())
            parts.Add($"renamed it from '{before.Title}'");
        if (before.DueDate != after.DueDate)
            parts.Add(
                $"moved its due date from {Display.Date(before.DueDate!.Value)} to {Display.Date(after.DueDate!.Value)}"
            );
        if (before.ForecastDate != after.ForecastDate)
            parts.Add($"now expected {Display.Date(after.ForecastDate, "on its due date")}");
        if (before.DoneDate != after.DoneDate && after.DoneDate is { } done)
            parts.Add($"done {Display.Date(done)}");
        if (before.Owner != after.Owner?.Trim())
            parts.Add($"owner now {after.Owner!.Trim()}");
        var said = parts.Count == 0 ? "changed its details" : string.Join("; ", parts);
        return $"'{after.Title!.Trim()}': {said}";
    }

    private async Task<bool> LoadAsync(Guid id, Guid? activityId, bool track)
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return false;
        Contract = contract;
        var plans = track ? db.ImplementationPlans : db.ImplementationPlans.AsNoTracking();
        var plan = await plans.FirstOrDefaultAsync(p => p.ContractId == id);
        if (plan is null)
            return false;
        Plan = plan;
        if (activityId is { } a)
        {
            var activities = track ? db.PlanActivities : db.PlanActivities.AsNoTracking();
            Activity = await activities.FirstOrDefaultAsync(x => x.Id == a && x.PlanId == plan.Id);
            if (Activity is null)
                return false;
        }
        Outcomes = await PlanChoices.OutcomesAsync(db, contract.OrganisationId);
        Risks = await PlanChoices.RisksAsync(db, contract.OrganisationId);
        return true;
    }
}
