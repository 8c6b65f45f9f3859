namespace CareCommissioning.Web.Pages.Needs;

[Authorize(Policy = Policies.NeedsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<ServiceLine, ServiceLineForm>(db, user, clock)
{
    protected override string Policy => Policies.NeedsWrite;

    protected override string Noun => "service line";

    protected override void Prefill(DateTimeOffset now) =>
        Input.BaseYear ??= FinancialYear.Containing(UkCalendar.DateOf(now)).ToString();

    protected override ServiceLine? Build(Guid organisation, DateTimeOffset now)
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), ServiceLineRules.Validate(details));
        if (!ModelState.IsValid)
            return null;
        var line = new ServiceLine
        {
            Name = details.Name!,
            Unit = details.Unit!,
            OrganisationId = organisation,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(line);
        return line;
    }

    protected override string AddedMessage(ServiceLine line) => $"{line.Name} has been added. Now enter its demand.";

    protected override string PathTo(ServiceLine line) => $"/needs/service-lines/{line.Id}";
}
