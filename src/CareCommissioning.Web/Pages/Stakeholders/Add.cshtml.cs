namespace CareCommissioning.Web.Pages.Stakeholders;

[Authorize(Policy = Policies.StakeholdersWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<Stakeholder, StakeholderForm>(db, user, clock)
{
    protected override string Policy => Policies.StakeholdersWrite;

    protected override string Noun => "stakeholder record";

    protected override Stakeholder? Build(Guid organisation, DateTimeOffset now)
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        StakeholderForm.AddErrors(
            ModelState,
            nameof(Input),
            StakeholderRules.Validate(details, Domain.Common.UkCalendar.DateOf(now))
        );
        if (!ModelState.IsValid)
            return null;
        var stakeholder = new Stakeholder
        {
            Name = details.Name!,
            OrganisationId = organisation,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(stakeholder);
        return stakeholder;
    }

    protected override string AddedMessage(Stakeholder stakeholder) => $"{stakeholder.Name} has been added";

    protected override string PathTo(Stakeholder stakeholder) => $"/stakeholders/{stakeholder.Id}";
}
