namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>Proposing a variation of a contract, with its reason (and a justification where it takes the contract
/// over its threshold); a decision maker then approves or refuses it.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class ProposeModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public VariationForm Input { get; set; } = new();

    public Contract Contract { get; private set; } = default!;
    public ContractThreshold Threshold { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is null)
            return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var contract = await LoadAsync(id);
        if (contract is null)
            return NotFound();
        var proposal = Input.ToProposal(ModelState, nameof(Input));
        if (!ModelState.IsValid)
            return Page();
        var outcome = await VariationCommands.ProposeAsync(db, user, contract, proposal, clock.GetUtcNow());
        ModelState.AddDomainErrors(nameof(Input), outcome.Errors);
        if (!outcome.Saved)
            return Page();
        TempData[PageKeys.SuccessMessage] =
            "The variation has been proposed. A decision maker will approve or refuse it";
        return Redirect(this.Links().Contract(id));
    }

    private async Task<Contract?> LoadAsync(Guid id)
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return null;
        Contract = contract;
        Threshold = await ContractLookups.ThresholdAsync(db, contract);
        return contract;
    }
}
