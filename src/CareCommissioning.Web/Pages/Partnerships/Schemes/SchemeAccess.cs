namespace CareCommissioning.Web.Pages.Partnerships.Schemes;

/// <summary>A scheme of a partnership the user may see, or null (answered as 404 like an id that does not
/// exist).</summary>
public static class SchemeAccess
{
    public static async Task<(PoolContext Pool, PartnershipScheme Scheme)?> FindAsync(
        AppDbContext db,
        CurrentUser user,
        Guid partnershipId,
        Guid schemeId,
        bool track = false
    )
    {
        if (await PoolContext.LoadAsync(db, user, partnershipId) is not { } pool)
            return null;
        var query = track ? db.PartnershipSchemes : db.PartnershipSchemes.AsNoTracking();
        var scheme = await query.FirstOrDefaultAsync(s => s.Id == schemeId && s.PartnershipId == partnershipId);
        return scheme is null ? null : (pool, scheme);
    }
}
