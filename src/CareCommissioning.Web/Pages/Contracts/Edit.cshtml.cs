namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>
/// Changing a contract's details, by the people who keep the organisation's contracts, with optimistic concurrency: a
/// save over someone else's newer one is refused with 409, shows what they changed and keeps the answers. The value is
/// changed here only to correct it; a change to the contract itself is a variation.
/// </summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<Contract, ContractForm>(db, clock)
{
    public static readonly string ConflictMessage = ConflictMessages.Edited("contract");

    private ContractDetails? _yours;
    private ContractChecks? _checks;

    public IReadOnlyList<SelectListItem> Suppliers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Providers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Appraisals { get; private set; } = [];

    protected override string ConflictText => ConflictMessage;

    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next
    )
    {
        if (Guid.TryParse(RouteData.Values["id"]?.ToString(), out var id))
        {
            var contract = await ContractAccess.FindWritableAsync(Db, user, id);
            if (contract is not null)
            {
                Suppliers = await ContractLookups.SupplierItemsAsync(Db, [contract.OrganisationId]);
                Providers = await ContractLookups.ProviderItemsAsync(Db);
                Appraisals = await ContractLookups.AppraisalItemsAsync(Db, [contract.OrganisationId]);
                if (HttpMethods.IsPost(Request.Method))
                    _checks = await ContractLookups.ChecksAsync(
                        Db,
                        contract.OrganisationId,
                        Input.ToDetails(new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary(), ""),
                        contract.Id
                    );
            }
        }
        await next();
    }

    protected override Task<Contract?> FindAsync(Guid id, bool track) =>
        ContractAccess.FindWritableAsync(Db, user, id, track);

    protected override string NameOf(Contract record) => $"{record.Reference} {record.Title}";

    protected override ContractForm ToForm(Contract record) => ContractForm.From(record);

    protected override void Apply(Contract record, DateTimeOffset now)
    {
        _yours = Input.ToDetails(ModelState, nameof(Input));
        if (_checks is null)
        {
            ModelState.AddModelError("", "The contract could not be checked: try again");
            return;
        }
        ModelState.AddDomainErrors(nameof(Input), ContractRules.Validate(_yours, _checks, CpvCatalogue.Standard));
        if (!ModelState.IsValid)
            return;
        _yours.ApplyTo(record);
        record.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(Contract saved, Contract yours) =>
        ContractText.Between(ContractDetails.From(saved), _yours!);

    protected override string SavedMessage(Contract record) =>
        $"Your changes to contract {record.Reference} have been saved";

    protected override string DetailsPath(Guid id) => this.Links().Contract(id);
}
