namespace CareCommissioning.Web.Pages.Partnerships.Measures;

/// <summary>Changing a measure's definition, baseline or target, by the host's or the providing partner's writers; a
/// save over someone's newer one is refused and shown.</summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<PartnershipMeasure, MeasureForm>(db, clock)
{
    private MeasureDetails? _yours;

    public IReadOnlyList<PartnershipAccess.PartnerRow> Partners { get; private set; } = [];

    private Guid PartnershipId => Guid.Parse((string)RouteData.Values["partnershipId"]!);

    protected override string ConflictText => ConflictMessages.Edited("measure");

    protected override async Task<PartnershipMeasure?> FindAsync(Guid id, bool track)
    {
        var scope = await MeasureScope.FindAsync(Db, user, PartnershipId, id, track);
        if (scope is null || !scope.CanChange(user))
            return null;
        Partners = scope.Partners;
        return scope.Measure;
    }

    protected override string NameOf(PartnershipMeasure record) => record.Name;

    protected override MeasureForm ToForm(PartnershipMeasure record) => MeasureForm.From(record);

    protected override void Apply(PartnershipMeasure record, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(
            nameof(Input),
            MeasureRules.Validate(_yours, Partners.Select(p => p.Partner.Id).ToList())
        );
        if (ModelState.IsValid)
            _yours.ApplyTo(record);
    }

    protected override IReadOnlyList<FieldDifference> Differences(PartnershipMeasure saved, PartnershipMeasure yours)
    {
        var rows = new FieldDifferences();
        var (a, b) = (MeasureDetails.From(saved), _yours!);
        rows.Compare("Name", a.Name, b.Name);
        rows.Compare("Definition", a.Definition, b.Definition);
        rows.Compare("Source", a.Source, b.Source);
        rows.Compare(
            "How often it is reported",
            a.Frequency is { } f ? MeasureFrequencyNames.Display(f) : null,
            b.Frequency is { } g ? MeasureFrequencyNames.Display(g) : null
        );
        rows.Compare("Unit", a.Unit, b.Unit);
        rows.Compare("Baseline", Display.Number(a.Baseline), Display.Number(b.Baseline));
        rows.Compare("Target", Display.Number(a.Target), Display.Number(b.Target));
        rows.Compare("Which way is better", Better(a.HigherIsBetter), Better(b.HigherIsBetter));
        rows.Compare("Partner that provides the values", Provider(a.ProviderPartnerId), Provider(b.ProviderPartnerId));
        return rows.ToList();
    }

    private static string? Better(bool? higher) =>
        higher switch
        {
            true => "Higher",
            false => "Lower",
            null => null,
        };

    private string Provider(Guid? id) =>
        Partners.FirstOrDefault(p => p.Partner.Id == id)?.Organisation ?? "Any partner";

    protected override string SavedMessage(PartnershipMeasure record) =>
        $"Your changes to '{record.Name}' have been saved";

    protected override string DetailsPath(Guid id) => this.Links().Measure(PartnershipId, id);
}
