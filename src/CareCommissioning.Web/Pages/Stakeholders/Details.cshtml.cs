namespace CareCommissioning.Web.Pages.Stakeholders;

[Authorize(Policy = Policies.StakeholdersRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public Stakeholder Stakeholder { get; private set; } = default!;
    public string Organisation { get; private set; } = "";
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var stakeholder = await StakeholderAccess.FindVisibleAsync(db, user, id, Policies.StakeholdersRead);
        if (stakeholder is null)
            return NotFound();
        Stakeholder = stakeholder;
        Organisation = await db
            .Organisations.Where(o => o.Id == stakeholder.OrganisationId)
            .Select(o => o.Name)
            .SingleAsync();
        CanChange = user.Can(Policies.StakeholdersWrite, stakeholder.OrganisationId);
        return Page();
    }
}
