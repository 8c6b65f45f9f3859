namespace CareCommissioning.Web.Pages.Contracts.Designs.Provisions;

/// <summary>Adding a contractual provision to a design (CD-P13).</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProvisionForm Input { get; set; } = new();

    public ContractDesign Design { get; private set; } = default!;
    public IReadOnlyList<ContractOutcome> Outcomes { get; private set; } = [];

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite) is not { } design)
            return false;
        Design = design;
        Outcomes = await DesignAccess.OutcomesAsync(db, design);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), DesignCommands.CheckProvision(details, Outcomes));
        if (!ModelState.IsValid)
            return Page();
        var provision = DesignCommands.NewProvision(Design, details, clock.GetUtcNow());
        db.ContractProvisions.Add(provision);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"The provision '{provision.Title}' has been added";
        return Redirect(this.Links().ContractDesign(id));
    }
}
