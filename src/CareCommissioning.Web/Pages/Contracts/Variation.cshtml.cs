namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>A decision maker approves or refuses a proposed variation; approval applies it to the contract and keeps
/// the value before and after.</summary>
[Authorize(Policy = Policies.Decide)]
public sealed class VariationModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ApproveValue = "approve";
    public const string RefuseValue = "refuse";

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public Contract Contract { get; private set; } = default!;
    public ContractVariation Variation { get; private set; } = default!;
    public ContractThreshold Threshold { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid variationId) =>
        await LoadAsync(id, variationId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid variationId)
    {
        if (!await LoadAsync(id, variationId))
            return NotFound();
        if (Decision is not (ApproveValue or RefuseValue))
        {
            ModelState.AddModelError(nameof(Decision), "Select whether to approve or refuse the variation");
            return Page();
        }
        var outcome = await VariationCommands.DecideAsync(
            db,
            user,
            Contract,
            Variation,
            Decision == ApproveValue,
            Note,
            clock.GetUtcNow()
        );
        ModelState.AddDomainErrors("", outcome.Errors, f =>
            f == nameof(ContractVariation.DecisionNote) ? nameof(Note) : ""
        );
        if (outcome.Conflict)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(id, variationId);
            return Page();
        }
        if (!outcome.Saved)
            return Page();
        TempData[PageKeys.SuccessMessage] =
            Decision == ApproveValue
                ? $"The variation has been approved: the contract is now worth {Display.MoneyInText(Contract.Value)}"
                : "The variation has been refused";
        return Redirect(this.Links().Contract(id));
    }

    private async Task<bool> LoadAsync(Guid id, Guid variationId)
    {
        var contract = await ContractAccess.FindDecidableAsync(db, user, id);
        if (contract is null)
            return false;
        var variation = await db.ContractVariations.FirstOrDefaultAsync(v => v.Id == variationId && v.ContractId == id);
        if (variation is null)
            return false;
        (Contract, Variation) = (contract, variation);
        Threshold = await ContractLookups.ThresholdAsync(db, contract);
        return true;
    }

    public static IEnumerable<SelectListItem> DecisionItems =>
        [new("Approve the variation", ApproveValue), new("Refuse the variation", RefuseValue)];
}
