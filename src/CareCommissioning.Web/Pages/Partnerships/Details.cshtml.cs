namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>A partnership as every partner sees it: the arrangement, and each partner's constraints and
/// confirmation.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public Partnership Partnership { get; private set; } = default!;
    public IReadOnlyList<PartnershipAccess.PartnerRow> Partners { get; private set; } = [];
    public bool CanChange { get; private set; }
    public bool CanAddRisk { get; private set; }
    public int MeasureCount { get; private set; }

    /// <summary>Risks about the partnership, held by any partner (PB-P2): every partner sees what is
    /// recorded.</summary>
    public IReadOnlyList<LinkedRisk> Risks { get; private set; } = [];

    public sealed record LinkedRisk(Risk Risk, string HeldBy, bool CanOpen);

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
        CanAddRisk = user.OrganisationsFor(Policies.RisksWrite).Count > 0;
        MeasureCount = await db.PartnershipMeasures.CountAsync(m => m.PartnershipId == id);
        var partnerOrgs = Partners.Select(p => p.Partner.OrganisationId).ToList();
        var readable = user.OrganisationsFor(Policies.RisksRead);
        var risks = await (
            from r in db.Risks.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on r.OrganisationId equals o.Id
            where
                r.LinkedRecordType == nameof(Domain.Partnerships.Partnership)
                && r.LinkedRecordId == id
                && partnerOrgs.Contains(r.OrganisationId)
            select new { Risk = r, o.Name }
        ).ToListAsync();
        Risks = risks
            .OrderByDescending(r => r.Risk.Score)
            .ThenBy(r => r.Risk.Title)
            .Select(r => new LinkedRisk(r.Risk, r.Name, readable.Contains(r.Risk.OrganisationId)))
            .ToList();
        return Page();
    }
}
