namespace CareCommissioning.Web.Pages.Contracts.Designs.Provisions;

/// <summary>Removing a contractual provision from a design (CD-P13), after a confirmation. A ready design that no
/// longer has what it needs goes back to draft.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class RemoveModel(AppDbContext db, CurrentUser user) : PageModel
{
    public ContractProvision Provision { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid designId, Guid id)
    {
        if (await DesignAccess.FindProvisionAsync(db, user, designId, id, Policies.ContractsWrite) is not { } p)
            return NotFound();
        Provision = p;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid designId, Guid id)
    {
        if (
            await DesignAccess.FindProvisionAsync(db, user, designId, id, Policies.ContractsWrite, track: true)
            is not { } p
        )
            return NotFound();
        DesignCommands.RemoveProvision(db, p);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"The provision '{p.Title}' has been removed";
        return Redirect(this.Links().ContractDesign(designId));
    }
}
