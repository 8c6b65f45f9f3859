namespace CareCommissioning.Web.Pages.Contracts.Visits;

/// <summary>Recording a monitoring visit: a proactive one the plan calls for, or a reactive review after a
/// complaint, a safeguarding concern or a KPI (CD-P18).</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class AddVisitModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public VisitForm Input { get; set; } = new();

    public Contract Contract { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Input.Trigger = nameof(VisitTrigger.Planned);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        var details = Input.ToDetails(ModelState, nameof(Input));
        var now = clock.GetUtcNow();
        ModelState.AddDomainErrors(nameof(Input), VisitRules.Validate(details, UkCalendar.DateOf(now)));
        if (!ModelState.IsValid)
            return Page();
        var visit = new ContractVisit
        {
            OrganisationId = Contract.OrganisationId,
            ContractId = id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(visit);
        db.ContractVisits.Add(visit);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = "The visit has been recorded";
        return Redirect(this.Links().Contract(id) + "#visits");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return false;
        Contract = contract;
        return true;
    }
}
