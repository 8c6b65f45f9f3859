namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>Changing a contract's KPI: versioned, so a save over someone's newer one is refused with what differs and
/// the answers kept.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class EditKpiModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<ContractKpi, KpiForm>(db, clock)
{
    private ContractKpiDetails? _yours;
    private Contract? _contract;

    public IReadOnlyList<SelectListItem> Outcomes { get; private set; } = [];

    protected override string ConflictText => ConflictMessages.Edited("KPI");

    protected override async Task<ContractKpi?> FindAsync(Guid id, bool track)
    {
        _contract ??= await ContractAccess.FindWritableAsync(Db, user, id);
        if (_contract is null || !Guid.TryParse(RouteData.Values["kpiId"]?.ToString(), out var kpiId))
            return null;
        var query = track ? Db.ContractKpis : Db.ContractKpis.AsNoTracking();
        var kpi = await query.FirstOrDefaultAsync(k => k.Id == kpiId && k.ContractId == id);
        if (kpi is not null && Outcomes.Count == 0)
            Outcomes = await KpiLookups.OutcomeItemsAsync(Db, _contract);
        return kpi;
    }

    protected override string NameOf(ContractKpi k) => k.Name;

    protected override KpiForm ToForm(ContractKpi k) => KpiForm.From(k);

    protected override void Apply(ContractKpi k, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), KpiLookups.Validate(_yours, Outcomes));
        if (!ModelState.IsValid)
            return;
        _yours.ApplyTo(k);
        k.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(ContractKpi saved, ContractKpi yours)
    {
        var (theirs, mine) = (saved.Definition, _yours!.Definition);
        return new FieldDifferences()
            .Compare("Name", theirs.Name, mine.Name)
            .Compare("What it measures", KpiUnitNames.Display(theirs.Unit), KpiUnitNames.Display(mine.Unit))
            .Compare("Target", Format(theirs, theirs.Target), Format(mine, mine.Target))
            .Compare("Tolerance", Format(theirs, theirs.AmberTolerance), Format(mine, mine.AmberTolerance))
            .Compare(
                "How often",
                ReturnFrequencyNames.Display(saved.Frequency),
                ReturnFrequencyNames.Display(_yours.Frequency)
            )
            .ToList();
    }

    private static string Format(KpiDefinition d, decimal v) =>
        Enum.IsDefined(d.Unit)
            ? KpiValues.Format(d.Unit, v)
            : v.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override string SavedMessage(ContractKpi k) => $"Your changes to the KPI '{k.Name}' have been saved";

    protected override string DetailsPath(Guid id) => this.Links().Contract(id);
}
