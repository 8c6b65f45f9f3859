namespace CareCommissioning.Web.Pages.Risks;

/// <summary>Editing with optimistic concurrency, as for stakeholders: a stale save is refused and shown, and nothing is
/// lost.</summary>
[Authorize(Policy = Policies.RisksWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<Risk, RiskForm>(db, clock)
{
    public static readonly string ConflictMessage = ConflictMessages.Edited("risk");

    private RiskDetails? _yours;

    /// <summary>A risk is named by its title.</summary>
    public string Title => Name;

    protected override string ConflictText => ConflictMessage;

    protected override Task<Risk?> FindAsync(Guid id, bool track) =>
        RiskAccess.FindVisibleAsync(Db, user, id, Policies.RisksWrite, track);

    protected override string NameOf(Risk risk) => risk.Title;

    protected override RiskForm ToForm(Risk risk) => RiskForm.From(risk);

    protected override void Apply(Risk risk, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), RiskRules.Validate(_yours));
        if (!ModelState.IsValid)
            return;
        _yours.ApplyTo(risk);
        risk.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(Risk saved, Risk yours) =>
        RiskText.Between(RiskDetails.From(saved), _yours!);

    protected override string SavedMessage(Risk risk) => $"Your changes to '{risk.Title}' have been saved";

    protected override string DetailsPath(Guid id) => $"/risks/{id}";
}
