namespace CareCommissioning.Web.Pages.Partnerships.Measures;

/// <summary>
/// A partnership's measures as its partners see them (decision 0019): found only through a partnership the user sees.
/// The host's writers and the providing partner's writers change a measure; the providing partner's writers record its
/// values, or any partner's when no partner is named to provide them.
/// </summary>
public sealed record MeasureScope(
    Partnership Partnership,
    IReadOnlyList<PartnershipAccess.PartnerRow> Partners,
    PartnershipMeasure Measure
)
{
    public string? Provider => Partners.FirstOrDefault(p => p.Partner.Id == Measure.ProviderPartnerId)?.Organisation;

    public bool CanChange(CurrentUser user) =>
        user.Can(Policies.PartnershipsWrite, Partnership.OrganisationId) || CanRecord(user) && Provider is not null;

    public bool CanRecord(CurrentUser user) =>
        Partners.Any(p =>
            (Measure.ProviderPartnerId is null || p.Partner.Id == Measure.ProviderPartnerId)
            && user.Can(Policies.PartnershipsWrite, p.Partner.OrganisationId)
        );

    /// <summary>The partner a writer records values for: the provider, else the first partner they write for.</summary>
    public string RecordingFor(CurrentUser user) =>
        Provider ?? Partners.First(p => user.Can(Policies.PartnershipsWrite, p.Partner.OrganisationId)).Organisation;

    public static async Task<MeasureScope?> FindAsync(
        AppDbContext db,
        CurrentUser user,
        Guid partnershipId,
        Guid measureId,
        bool track = false
    )
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, partnershipId, Policies.PartnershipsRead);
        if (partnership is null)
            return null;
        var measures = track ? db.PartnershipMeasures : db.PartnershipMeasures.AsNoTracking();
        var measure = await measures.FirstOrDefaultAsync(m => m.Id == measureId && m.PartnershipId == partnershipId);
        return measure is null
            ? null
            : new MeasureScope(partnership, await PartnershipAccess.PartnersAsync(db, partnership), measure);
    }

    /// <summary>A partnership's measures by name, each with its latest value, its progress and its provider.</summary>
    public static async Task<IReadOnlyList<MeasureRow>> RowsAsync(
        AppDbContext db,
        Guid partnershipId,
        IReadOnlyList<PartnershipAccess.PartnerRow> partners
    )
    {
        var measures = await db
            .PartnershipMeasures.AsNoTracking()
            .Where(m => m.PartnershipId == partnershipId)
            .OrderBy(m => m.Name)
            .ToListAsync();
        var values = await ValuesAsync(db, measures.Select(m => m.Id).ToList());
        return measures
            .Select(m =>
            {
                var latest = values[m.Id].LastOrDefault();
                return new MeasureRow(
                    m,
                    latest,
                    MeasureProgress.Of(m, latest?.Value),
                    partners.FirstOrDefault(p => p.Partner.Id == m.ProviderPartnerId)?.Organisation
                );
            })
            .ToList();
    }

    /// <summary>Each measure's values, oldest period first.</summary>
    public static async Task<ILookup<Guid, MeasureValue>> ValuesAsync(
        AppDbContext db,
        IReadOnlyCollection<Guid> measures
    )
    {
        var values = await db
            .MeasureValues.AsNoTracking()
            .Where(v => measures.Contains(v.MeasureId))
            .OrderBy(v => v.Period)
            .ToListAsync();
        return values.ToLookup(v => v.MeasureId);
    }
}

/// <summary>A measure with its latest value and where it stands.</summary>
public sealed record MeasureRow(
    PartnershipMeasure Measure,
    MeasureValue? Latest,
    MeasureStatus Status,
    string? Provider
);
