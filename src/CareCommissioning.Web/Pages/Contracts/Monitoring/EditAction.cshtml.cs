namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>Updating a performance action, and closing it with its outcome: versioned, so a save over someone's newer
/// one is refused with what differs and the answers kept.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class EditActionModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<ContractPerformanceAction, ActionForm>(db, clock)
{
    private PerformanceActionDetails? _yours;

    public IReadOnlyList<SelectListItem> Kpis { get; private set; } = [];

    protected override string ConflictText => ConflictMessages.Edited("action");

    protected override async Task<ContractPerformanceAction?> FindAsync(Guid id, bool track)
    {
        var contract = await ContractAccess.FindWritableAsync(Db, user, id);
        if (contract is null || !Guid.TryParse(RouteData.Values["actionId"]?.ToString(), out var actionId))
            return null;
        var query = track ? Db.ContractPerformanceActions : Db.ContractPerformanceActions.AsNoTracking();
        var action = await query.FirstOrDefaultAsync(a => a.Id == actionId && a.ContractId == id);
        if (action is not null && Kpis.Count == 0)
            Kpis = await ActionLookups.KpiItemsAsync(Db, id);
        return action;
    }

    protected override string NameOf(ContractPerformanceAction a) =>
        $"{PerformanceStageNames.Display(a.Stage)}, due {DateText.Format(a.DueOn)}";

    protected override ActionForm ToForm(ContractPerformanceAction a) => ActionForm.From(a);

    protected override void Apply(ContractPerformanceAction a, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(
            nameof(Input),
            PerformanceActionRules.Validate(_yours, UkCalendar.DateOf(now), isNew: false, null)
        );
        if (_yours.KpiId is { } k && !Kpis.Any(i => i.Value == k.ToString()))
            ModelState.AddModelError(
                $"{nameof(Input)}.{nameof(ActionForm.KpiId)}",
                "Select one of the contract's KPIs"
            );
        if (!ModelState.IsValid)
            return;
        _yours.ApplyTo(a);
        a.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(
        ContractPerformanceAction saved,
        ContractPerformanceAction yours
    ) =>
        new FieldDifferences()
            .Compare(
                "Stage",
                PerformanceStageNames.Display(saved.Stage),
                _yours!.Stage is { } s ? PerformanceStageNames.Display(s) : ""
            )
            .Compare("What was agreed", saved.Agreed, _yours.Agreed)
            .Compare("Owner", saved.Owner, _yours.Owner)
            .Compare("Outcome", saved.Outcome, _yours.Outcome)
            .ToList();

    protected override string SavedMessage(ContractPerformanceAction a) => "Your changes to the action have been saved";

    protected override string DetailsPath(Guid id) => this.Links().Contract(id) + "#actions";
}
