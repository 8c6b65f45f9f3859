namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>A stakeholder's details, saved only over the version the form was loaded at.</summary>
[Authorize(Policy = Policies.StakeholdersWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<Stakeholder, StakeholderForm>(db, clock)
{
    public static readonly string ConflictMessage = ConflictMessages.Edited("stakeholder");

    private StakeholderDetails? _yours;

    protected override string ConflictText => ConflictMessage;

    protected override Task<Stakeholder?> FindAsync(Guid id, bool track) =>
        StakeholderAccess.FindVisibleAsync(Db, user, id, Policies.StakeholdersWrite, track);

    protected override string NameOf(Stakeholder stakeholder) => stakeholder.Name;

    protected override StakeholderForm ToForm(Stakeholder stakeholder) => StakeholderForm.From(stakeholder);

    protected override void Apply(Stakeholder stakeholder, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        StakeholderForm.AddErrors(
            ModelState,
            nameof(Input),
            StakeholderRules.Validate(_yours, Domain.Common.UkCalendar.DateOf(now))
        );
        if (!ModelState.IsValid)
            return;
        _yours.ApplyTo(stakeholder);
        stakeholder.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(Stakeholder saved, Stakeholder yours) =>
        StakeholderDifferences.Between(StakeholderDetails.From(saved), _yours!);

    protected override string DetailsPath(Guid id) => $"/stakeholders/{id}";
}
