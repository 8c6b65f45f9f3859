namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>Recording an action on a KPI that requires improvement or is inadequate (the poor-performance
/// route).</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class AddActionModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ActionForm Input { get; set; } = new();

    public Contract Contract { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Kpis { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? kpiId)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Input.KpiId = kpiId?.ToString();
        Input.Stage = nameof(PerformanceStage.InformalDiscussion);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        var details = Input.ToDetails(ModelState, nameof(Input));
        var rating = await ActionLookups.LatestRatingAsync(db, id, details.KpiId);
        var now = clock.GetUtcNow();
        ModelState.AddDomainErrors(
            nameof(Input),
            PerformanceActionRules.Validate(details, UkCalendar.DateOf(now), isNew: true, rating)
        );
        if (!ModelState.IsValid)
            return Page();
        var action = new ContractPerformanceAction
        {
            OrganisationId = Contract.OrganisationId,
            ContractId = id,
            Agreed = "",
            Owner = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(action);
        db.ContractPerformanceActions.Add(action);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = "The performance action has been recorded";
        return Redirect(this.Links().Contract(id) + "#actions");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return false;
        Contract = contract;
        Kpis = await ActionLookups.KpiItemsAsync(db, id);
        return true;
    }
}
