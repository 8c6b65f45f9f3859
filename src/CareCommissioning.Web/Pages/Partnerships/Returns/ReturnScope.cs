namespace CareCommissioning.Web.Pages.Partnerships.Returns;

/// <summary>
/// A return as a partner sees it, with its figures built from the partnership's records (PB-P15). Every partner reads
/// it; the host's writers, who keep the pool's accounts, complete and submit it.
/// </summary>
public sealed record ReturnScope(Partnership Partnership, PoolReturn Return, PoolReturnFigures Figures)
{
    public bool CanComplete(CurrentUser user) =>
        !Return.Submitted && user.Can(Policies.PartnershipsWrite, Partnership.OrganisationId);

    public static async Task<ReturnScope?> FindAsync(
        AppDbContext db,
        CurrentUser user,
        Guid partnershipId,
        Guid returnId,
        bool track = false
    )
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, partnershipId, Policies.PartnershipsRead);
        if (partnership is null)
            return null;
        var returns = track ? db.PoolReturns : db.PoolReturns.AsNoTracking();
        var r = await returns.FirstOrDefaultAsync(x => x.Id == returnId && x.PartnershipId == partnershipId);
        return r is null ? null : new ReturnScope(partnership, r, await FiguresAsync(db, partnership, r));
    }

    private static async Task<PoolReturnFigures> FiguresAsync(AppDbContext db, Partnership partnership, PoolReturn r)
    {
        var partners = await PartnershipAccess.PartnersAsync(db, partnership);
        var names = partners.ToDictionary(p => p.Partner.Id, p => p.Organisation);
        var contributions = await db
            .PartnershipContributions.AsNoTracking()
            .Where(c => c.PartnershipId == partnership.Id && c.Year == r.Year)
            .ToListAsync();
        var (first, last) = (r.PeriodStart, r.PeriodEnd);
        var spend = await (
            from s in db.PartnershipSchemes.AsNoTracking()
            join m in db.SchemeSpend.AsNoTracking() on s.Id equals m.SchemeId
            where s.PartnershipId == partnership.Id && m.Month >= first && m.Month <= last
            select new { Scheme = s, Month = m }
        ).ToListAsync();
        var measures = await db
            .PartnershipMeasures.AsNoTracking()
            .Where(m => m.PartnershipId == partnership.Id)
            .OrderBy(m => m.Name)
            .ToListAsync();
        var values = await Measures.MeasureScope.ValuesAsync(db, measures.Select(m => m.Id).ToList());
        return PoolReturnFigures.Build(
            r,
            contributions.Select(c => (names.GetValueOrDefault(c.PartnerId, "A former partner"), c)).ToList(),
            spend.Select(x => (x.Scheme, x.Month)).ToList(),
            measures.Select(m => (m, (IReadOnlyList<MeasureValue>)values[m.Id].ToList())).ToList()
        );
    }
}
