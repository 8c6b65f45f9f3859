namespace CareCommissioning.Web.Pages.Contracts.Designs.Provisions;

/// <summary>Changing a contractual provision (CD-P13). Versioned: a save over someone's newer one is refused with
/// what differs and the answers kept. A ready design that no longer has what it needs goes back to draft.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<ContractProvision, ProvisionForm>(db, clock)
{
    private ProvisionDetails? _yours;

    public IReadOnlyList<ContractOutcome> Outcomes { get; private set; } = [];
    public Guid DesignId { get; private set; }

    protected override string ConflictText => ConflictMessages.Edited("provision");

    protected override async Task<ContractProvision?> FindAsync(Guid id, bool track)
    {
        DesignId = Guid.TryParse(RouteData.Values["designId"]?.ToString(), out var d) ? d : Guid.Empty;
        var found = await DesignAccess.FindProvisionAsync(Db, user, DesignId, id, Policies.ContractsWrite, track);
        if (found is not null && Outcomes.Count == 0)
        {
            var design = await Db.ContractDesigns.AsNoTracking().FirstAsync(x => x.Id == found.DesignId);
            Outcomes = await DesignAccess.OutcomesAsync(Db, design);
        }
        return found;
    }

    protected override string NameOf(ContractProvision p) => p.Title;

    protected override ProvisionForm ToForm(ContractProvision p) => ProvisionForm.From(p);

    protected override void Apply(ContractProvision p, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), DesignCommands.CheckProvision(_yours, Outcomes));
        if (ModelState.IsValid)
            DesignCommands.ChangeProvision(Db, p, _yours, now);
    }

    protected override IReadOnlyList<FieldDifference> Differences(ContractProvision saved, ContractProvision yours)
    {
        var (theirs, mine) = (ProvisionDetails.From(saved), _yours!);
        return new FieldDifferences()
            .Compare("Kind", Kind(theirs.Kind), Kind(mine.Kind))
            .Compare("Heading", theirs.Title, mine.Title)
            .Compare("Wording", theirs.Text, mine.Text)
            .Compare("Amount", theirs.Amount?.ToString("0.##"), mine.Amount?.ToString("0.##"))
            .Compare("Percentage", theirs.Percentage?.ToString("0.##"), mine.Percentage?.ToString("0.##"))
            .Compare("Date", theirs.Date is { } a ? Display.Date(a) : null, mine.Date is { } b ? Display.Date(b) : null)
            .ToList();
    }

    private static string? Kind(ProvisionKind? k) => k is { } kind ? ProvisionKindNames.Display(kind) : null;

    protected override string SavedMessage(ContractProvision p) => $"Your changes to '{p.Title}' have been saved";

    protected override string DetailsPath(Guid id) => this.Links().ContractDesign(DesignId);
}
