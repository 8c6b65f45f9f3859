namespace CareCommissioning.Web.Pages.Partnerships.Plan;

/// <summary>
/// The joint commissioning plan of a partnership as every partner sees it (PB-P3, P4, P9, P10): each partner's
/// expectations, the priority areas and the outcomes with the partner responsible for each. Read once for the page and
/// the document alike.
/// </summary>
public sealed record PlanView(
    Partnership Partnership,
    IReadOnlyList<PartnershipAccess.PartnerRow> Partners,
    IReadOnlyList<PlanItem> Priorities,
    IReadOnlyList<PlanItem> Outcomes,
    IReadOnlyDictionary<Guid, PlanEngagements.Shared> Engagements
)
{
    /// <summary>The engagement a line was agreed through, or null.</summary>
    public PlanEngagements.Shared? EngagementOf(PlanItem i) =>
        i.EngagementId is { } id ? Engagements.GetValueOrDefault(id) : null;

    public string PartnerName(Guid? partnerId) =>
        Partners.FirstOrDefault(p => p.Partner.Id == partnerId)?.Organisation ?? "Not set";

    public int ExpectationsGiven => Partners.Count(p => p.Partner.ExpectationsGivenAt is not null);

    public static async Task<PlanView?> LoadAsync(AppDbContext db, CurrentUser user, Guid id)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        if (partnership is null)
            return null;
        var items = await db
            .PlanItems.AsNoTracking()
            .Where(i => i.PartnershipId == id)
            .OrderBy(i => i.AgreedOn == null)
            .ThenBy(i => i.Title)
            .ToListAsync();
        return new PlanView(
            partnership,
            await PartnershipAccess.PartnersAsync(db, partnership),
            items.Where(i => i.Kind == PlanItemKind.PriorityArea).ToList(),
            items.Where(i => i.Kind == PlanItemKind.Outcome).ToList(),
            await PlanEngagements.NamedAsync(db, items)
        );
    }
}
