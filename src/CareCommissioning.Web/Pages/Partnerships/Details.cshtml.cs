namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>A partnership as every partner sees it: the arrangement, and each partner's constraints and
/// confirmation.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public Partnership Partnership { get; private set; } = default!;
    public IReadOnlyList<PartnershipAccess.PartnerRow> Partners { get; private set; } = [];
    public bool CanChange { get; private set; }

    /// <summary>Whether the user may record this partner's constraints: someone who keeps partnerships there.</summary>
    public bool CanRecordFor(PartnershipAccess.PartnerRow row) =>
        user.Can(Policies.PartnershipsWrite, row.Partner.OrganisationId);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        if (partnership is null)
            return NotFound();
        Partnership = partnership;
        Partners = await PartnershipAccess.PartnersAsync(db, partnership);
        CanChange = user.Can(Policies.PartnershipsWrite, partnership.OrganisationId);
        return Page();
    }
}
