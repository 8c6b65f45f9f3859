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
    public IReadOnlyDictionary<Guid, string> Provisions { get; private set; } = new Dictionary<Guid, string>();

    public IEnumerable<SelectListItem> ProvisionItems =>
        Provisions.Select(o => new SelectListItem(o.Value, o.Key.ToString())).Prepend(new("None", ""));

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
        if (!await LoadAsync(id, activityId, track: false))
            return NotFound();
        var now = clock.GetUtcNow();
        var details = Input.ToDetails(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            // An answer that cannot be read: say so with whatever else is wrong, and save nothing.
            ModelState.AddDomainErrors(
                nameof(Input),
                ImplementationPlanRules.Validate(details, UkCalendar.DateOf(now))
            );
            ModelState.AddDomainErrors(nameof(Input), ImplementationPlanRules.ValidateReason(Plan, Input.Reason));
            return Page();
        }
        var result = await PlanCommands.SaveActivityAsync(
            db,
            user,
            Contract,
            activityId,
            details,
            Input.Reason,
            Input.Version,
            now
        );
        if (result.NotFound)
            return NotFound();
        ModelState.AddDomainErrors(nameof(Input), result.Errors);
        if (result.Conflict)
        {
            // The activity or the plan changed since this page was read: nothing is written and the answers stay.
            await LoadAsync(id, activityId, track: false);
            if (Activity is not null)
                Input.Version = Activity.Version;
            ModelState.Remove($"{nameof(Input)}.{nameof(ActivityForm.Version)}");
            ModelState.AddModelError(string.Empty, PlanText.Conflict);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (result.Saved is not { } activity)
            return Page();
        var plan = await db.ImplementationPlans.AsNoTracking().FirstAsync(p => p.Id == activity.PlanId);
        TempData[PageKeys.SuccessMessage] =
            $"'{activity.Title}' has been {(activityId is null ? "added to" : "saved in")} version {plan.PlanVersion} of the plan";
        return Redirect(this.Links().Plan(id));
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
        Provisions = await PlanChoices.ProvisionsAsync(db, contract);
        return true;
    }
}
