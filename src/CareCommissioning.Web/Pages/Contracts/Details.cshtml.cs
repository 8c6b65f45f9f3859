namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>A contract as the register holds it: its parties, value and dates, what is next, and its variations with
/// the value history they keep.</summary>
[Authorize(Policy = Policies.ContractsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public Contract Contract { get; private set; } = default!;
    public string Supplier { get; private set; } = "";
    public string CommissionedBy { get; private set; } = "";
    public string? Provider { get; private set; }
    public string? Appraisal { get; private set; }
    public IReadOnlyList<ContractVariation> Variations { get; private set; } = [];
    public IReadOnlyList<ContractDate> Ahead { get; private set; } = [];
    public ContractThreshold Threshold { get; private set; } = default!;
    public bool CanChange { get; private set; }
    public bool CanDecide { get; private set; }

    /// <summary>The form for proposing a variation, blank here; the propose page shows it back with errors.</summary>
    public VariationForm Proposal { get; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var contract = await ContractAccess.FindVisibleAsync(db, user, id);
        if (contract is null)
            return NotFound();
        Contract = contract;
        Supplier = await db.Suppliers.Where(s => s.Id == contract.SupplierId).Select(s => s.Name).FirstAsync();
        var names = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Id == contract.OrganisationId || o.Id == contract.ProviderOrganisationId)
            .ToDictionaryAsync(o => o.Id, o => o.Name);
        CommissionedBy = names.GetValueOrDefault(contract.OrganisationId, "");
        Provider = contract.ProviderOrganisationId is { } p ? names.GetValueOrDefault(p) : null;
        Appraisal = contract.AppraisalId is { } a
            ? await db.Appraisals.Where(x => x.Id == a).Select(x => x.Title).FirstOrDefaultAsync()
            : null;
        Variations = await VariationCommands.ListAsync(db, id);
        Ahead = ContractDates.Ahead(contract, UkCalendar.Today(clock));
        Threshold = await ContractLookups.ThresholdAsync(db, contract);
        CanChange = user.Can(Policies.ContractsWrite, contract.OrganisationId);
        CanDecide = user.Can(Policies.Decide, contract.OrganisationId);
        return Page();
    }
}
