namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>Adds a contract entered directly: a spot contract, or one let before the register existed.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<Contract, ContractForm>(db, user, clock)
{
    private ContractChecks? _checks;

    public IReadOnlyList<SelectListItem> Suppliers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Providers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Appraisals { get; private set; } = [];

    protected override string Policy => Policies.ContractsWrite;

    protected override string Noun => "contract";

    protected override ContractForm NewForm() =>
        new()
        {
            Status = nameof(ContractStatus.Active),
            AwardRoute = nameof(Domain.Contracts.AwardRoute.LightTouchCompetitive),
            ExtensionMonthsAvailable = "0",
        };

    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next
    )
    {
        var orgs = Me.OrganisationsFor(Policies.ContractsWrite);
        Suppliers = await ContractLookups.SupplierItemsAsync(Db, orgs);
        Providers = await ContractLookups.ProviderItemsAsync(Db);
        Appraisals = await ContractLookups.AppraisalItemsAsync(Db, orgs);
        // The registers are looked up here, before the (synchronous) build, for the organisation the form names.
        if (
            HttpMethods.IsPost(Request.Method)
            && Me.OrganisationForNew(Policies.ContractsWrite, Guid.TryParse(Input.OrganisationId, out var g) ? g : null)
                is { } organisation
        )
            _checks = await ContractLookups.ChecksAsync(
                Db,
                organisation,
                Input.ToDetails(new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary(), "")
            );
        await next();
    }

    protected override Contract? Build(Guid organisation, DateTimeOffset now)
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        if (organisation == Guid.Empty || _checks is null)
            return null;
        ModelState.AddDomainErrors(nameof(Input), ContractRules.Validate(details, _checks, CpvCatalogue.Standard));
        if (!ModelState.IsValid)
            return null;
        var contract = new Contract
        {
            Reference = details.Reference!,
            Title = details.Title!,
            CpvCode = details.CpvCode!,
            OrganisationId = organisation,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(contract);
        return contract;
    }

    protected override string AddedMessage(Contract record) =>
        $"Contract {record.Reference} '{record.Title}' has been added to the register";

    protected override string PathTo(Contract record) => this.Links().Contract(record.Id);
}
