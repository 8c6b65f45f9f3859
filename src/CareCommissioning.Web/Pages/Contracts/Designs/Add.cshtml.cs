namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>Starting a contract design: its title, the recommended priority outcomes it covers and, optionally, the
/// decided options appraisal it follows. The rest of the design is filled in part by part on its page.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<ContractDesign, DesignForm>(db, user, clock)
{
    public IReadOnlyList<SelectListItem> OutcomeChoices { get; private set; } = [];
    public IReadOnlyList<SelectListItem> AppraisalChoices { get; private set; } = [];

    protected override string Policy => Policies.ContractsWrite;

    protected override string Noun => "contract design";

    protected override void Prefill(DateTimeOffset now) => LoadChoices();

    private void LoadChoices()
    {
        var orgs = Me.OrganisationsFor(Policies.ContractsWrite);
        OutcomeChoices = DesignChoices.Outcomes(Db, orgs);
        AppraisalChoices = DesignChoices.Appraisals(Db, orgs);
    }

    protected override ContractDesign? Build(Guid organisation, DateTimeOffset now)
    {
        LoadChoices();
        if (organisation == Guid.Empty)
            return null;
        var outline = DesignChoices.Outline(Db, Input, organisation);
        ModelState.AddDomainErrors(nameof(Input), outline.Check());
        return ModelState.IsValid ? outline.Start(organisation, now) : null;
    }

    protected override string AddedMessage(ContractDesign d) => $"The contract design '{d.Title}' has been started";

    protected override string PathTo(ContractDesign d) => this.Links().ContractDesign(d.Id);
}
