namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>Adds a contract entered directly: a spot contract, or one let before the register existed.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<Contract, ContractForm>(db, user, clock)
{
    private ContractChecks? _checks;

    /// <summary>The design the contract is created from: <c>?design={id}</c> on the way in, then the form's.</summary>
    [BindProperty(SupportsGet = true, Name = "design")]
    public Guid? FromDesign { get; set; }

    public ContractDesign? Design { get; private set; }

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
        var designId = HttpMethods.IsPost(Request.Method)
            ? Guid.TryParse(Input.DesignId, out var posted)
                ? posted
                : (Guid?)null
            : FromDesign;
        if (designId is { } wanted)
            Design = await Db
                .ContractDesigns.AsNoTracking()
                .FirstOrDefaultAsync(d => d.Id == wanted && orgs.Contains(d.OrganisationId));
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

    /// <summary>From a design: its title, recommended type, whole cost as the value, CPV code and appraisal.</summary>
    protected override void Prefill(DateTimeOffset now)
    {
        if (Design is not { } d)
            return;
        Input.DesignId = d.Id.ToString();
        Input.OrganisationId = d.OrganisationId.ToString();
        Input.Title = d.Title.Length <= Contract.TitleMaxLength ? d.Title : d.Title[..Contract.TitleMaxLength];
        Input.Type = d.RecommendedType?.ToString();
        Input.Value = d.Costs.Count > 0 ? NumberInput.Plain(Math.Round(d.TotalCost, 2)) : null;
        Input.CpvCode = d.CpvCode;
        // As the choices write it (SQLite writes a GUID in capitals).
        Input.AppraisalId = Appraisals
            .FirstOrDefault(a => string.Equals(a.Value, d.AppraisalId?.ToString(), StringComparison.OrdinalIgnoreCase))
            ?.Value;
    }

    protected override Contract? Build(Guid organisation, DateTimeOffset now)
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        if (!string.IsNullOrWhiteSpace(Input.DesignId) && Design?.OrganisationId != organisation)
            ModelState.AddModelError(
                $"{nameof(Input)}.{nameof(ContractForm.DesignId)}",
                "The contract design is not one of the organisation's: start again from the design"
            );
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
        contract.DesignId = Design?.Id;
        return contract;
    }

    protected override string AddedMessage(Contract record) =>
        $"Contract {record.Reference} '{record.Title}' has been added to the register";

    protected override string PathTo(Contract record) => this.Links().Contract(record.Id);
}
