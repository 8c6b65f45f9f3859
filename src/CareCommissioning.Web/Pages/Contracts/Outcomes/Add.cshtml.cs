namespace CareCommissioning.Web.Pages.Contracts.Outcomes;

/// <summary>A priority outcome entered by hand (CD-P1), with who agreed it and when; implications, conflicts and the
/// recommendation follow on its page.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<ContractOutcome, OutcomeForm>(db, user, clock)
{
    protected override string Policy => Policies.ContractsWrite;

    protected override string Noun => "outcome";

    protected override ContractOutcome? Build(Guid organisation, DateTimeOffset now)
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), OutcomeCommands.CheckNew(details, now));
        return ModelState.IsValid ? OutcomeCommands.New(organisation, details, now) : null;
    }

    protected override string AddedMessage(ContractOutcome o) => $"The outcome '{o.Title}' has been added";

    protected override string PathTo(ContractOutcome o) => this.Links().ContractOutcome(o.Id);
}
