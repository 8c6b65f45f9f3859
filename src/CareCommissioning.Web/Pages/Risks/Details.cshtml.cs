namespace CareCommissioning.Web.Pages.Risks;

[Authorize(Policy = Policies.RisksRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public Risk Risk { get; private set; } = default!;
    public string Organisation { get; private set; } = "";
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var risk = await RiskAccess.FindVisibleAsync(db, user, id, Policies.RisksRead);
        if (risk is null)
            return NotFound();
        Risk = risk;
        Organisation = await db.Organisations.Where(o => o.Id == risk.OrganisationId).Select(o => o.Name).SingleAsync();
        CanChange = user.Can(Policies.RisksWrite, risk.OrganisationId);
        return Page();
    }
}
