namespace CareCommissioning.Web.Pages.Needs;

/// <summary>A service line's details, saved only over the version the form was loaded at.</summary>
[Authorize(Policy = Policies.NeedsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<ServiceLine, ServiceLineForm>(db, clock)
{
    public static readonly string ConflictMessage = ConflictMessages.Edited("service line");

    private ServiceLineDetails? _yours;

    protected override string ConflictText => ConflictMessage;

    protected override Task<ServiceLine?> FindAsync(Guid id, bool track) =>
        ServiceLineAccess.FindVisibleAsync(Db, user, id, Policies.NeedsWrite, track);

    protected override string NameOf(ServiceLine line) => line.Name;

    protected override ServiceLineForm ToForm(ServiceLine line) => ServiceLineForm.From(line);

    protected override void Apply(ServiceLine line, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), ServiceLineRules.Validate(_yours));
        if (!ModelState.IsValid)
            return;
        _yours.ApplyTo(line);
        line.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(ServiceLine current, ServiceLine yours)
    {
        var saved = ServiceLineDetails.From(current);
        var details = _yours!;
        return new FieldDifferences()
            .Compare("Name", saved.Name, details.Name)
            .Compare("Description", saved.Description, details.Description)
            .Compare("Unit of volume", saved.Unit, details.Unit)
            .Compare(
                "Unit cost",
                saved.UnitCost is { } a ? Display.Money(a) : null,
                details.UnitCost is { } b ? Display.Money(b) : null
            )
            .Compare("Base year", saved.BaseYear?.ToString(), details.BaseYear?.ToString())
            .Compare(
                "Price inflation",
                saved.PriceInflation is { } c ? NumberInput.Percent(c) + "%" : null,
                details.PriceInflation is { } d ? NumberInput.Percent(d) + "%" : null
            )
            .Compare(
                "General inflation",
                saved.GeneralInflation is { } e ? NumberInput.Percent(e) + "%" : null,
                details.GeneralInflation is { } f ? NumberInput.Percent(f) + "%" : null
            )
            .ToList();
    }

    protected override string DetailsPath(Guid id) => $"/needs/service-lines/{id}";
}
