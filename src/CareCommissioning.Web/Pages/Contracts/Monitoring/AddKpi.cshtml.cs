namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>Adding a KPI to a contract (CD-P13, P18): what it measures, its target, tolerance and inadequate level, how
/// often it is returned, and the priority outcome it evidences.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class AddKpiModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public KpiForm Input { get; set; } =
        new()
        {
            Frequency = nameof(ReturnFrequency.Quarterly),
            DaysToReturn = KpiReturnPeriods.DefaultDaysToReturn.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            ),
        };

    public Contract Contract { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Outcomes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), KpiLookups.Validate(details, Outcomes));
        if (!ModelState.IsValid)
            return Page();
        var now = clock.GetUtcNow();
        var kpi = new ContractKpi
        {
            Name = "",
            OrganisationId = Contract.OrganisationId,
            ContractId = Contract.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(kpi);
        db.ContractKpis.Add(kpi);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"The KPI '{kpi.Name}' has been added";
        return Redirect(this.Links().Contract(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return false;
        Contract = contract;
        Outcomes = await KpiLookups.OutcomeItemsAsync(db, contract);
        return true;
    }
}
