namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// A partnership the user may see, with its partners, and what the user may do with its schemes and spend: any
/// partner's writers add schemes; a scheme and its spend are changed by its lead partner's writers or the host's
/// (decision 0019: a record is kept by the partner that provides it, and the host keeps the accounts).
/// </summary>
public sealed class PoolContext
{
    private readonly CurrentUser _user;

    private PoolContext(CurrentUser user, Partnership partnership, IReadOnlyList<PartnershipAccess.PartnerRow> partners)
    {
        (_user, Partnership, Partners) = (user, partnership, partners);
    }

    public Partnership Partnership { get; }
    public IReadOnlyList<PartnershipAccess.PartnerRow> Partners { get; }

    /// <summary>The partnership when the user may see it (else null, which every caller answers as 404).</summary>
    public static async Task<PoolContext?> LoadAsync(AppDbContext db, CurrentUser user, Guid id)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        return partnership is null
            ? null
            : new PoolContext(user, partnership, await PartnershipAccess.PartnersAsync(db, partnership));
    }

    /// <summary>Someone who keeps partnerships in any partner organisation: may add schemes.</summary>
    public bool CanAddSchemes => Partners.Any(p => _user.Can(Policies.PartnershipsWrite, p.Partner.OrganisationId));

    public bool IsHostWriter => _user.Can(Policies.PartnershipsWrite, Partnership.OrganisationId);

    /// <summary>Whether the user may change a scheme led by <paramref name="leadPartnerId"/> and record its
    /// spend.</summary>
    public bool MayChange(Guid leadPartnerId) =>
        IsHostWriter
        || Partners.Any(p =>
            p.Partner.Id == leadPartnerId && _user.Can(Policies.PartnershipsWrite, p.Partner.OrganisationId)
        );

    public string NameOf(Guid partnerId) =>
        Partners.FirstOrDefault(p => p.Partner.Id == partnerId)?.Organisation ?? "A former partner";

    public IReadOnlyList<Guid> PartnerIds => Partners.Select(p => p.Partner.Id).ToList();

    public IReadOnlyList<PoolVariance.Partner> VariancePartners =>
        Partners.Select(p => new PoolVariance.Partner(p.Partner.Id, p.Organisation)).ToList();

    public IEnumerable<SelectListItem> PartnerItems =>
        Partners.Select(p => new SelectListItem(p.Organisation + (p.IsHost ? " (host)" : ""), p.Partner.Id.ToString()));

    /// <summary>The financial years the pool runs in (its start to its end), or the current one when it has no
    /// dates; <paramref name="today"/> picks the default.</summary>
    public IReadOnlyList<FinancialYear> Years(DateOnly today)
    {
        var first = Partnership.StartDate is { } s ? FinancialYear.Containing(s) : FinancialYear.Containing(today);
        var last = Partnership.EndDate is { } e ? FinancialYear.Containing(e) : first;
        if (last.StartYear < first.StartYear || last.StartYear - first.StartYear > 20)
            last = first;
        return Enumerable
            .Range(first.StartYear, last.StartYear - first.StartYear + 1)
            .Select(y => new FinancialYear(y))
            .ToList();
    }

    /// <summary>The year asked for when the pool runs in it; else the one holding today, or the pool's first.</summary>
    public FinancialYear YearOrDefault(int? asked, DateOnly today)
    {
        var years = Years(today);
        if (asked is { } a && years.Any(y => y.StartYear == a))
            return new FinancialYear(a);
        var now = FinancialYear.Containing(today);
        return years.Contains(now) ? now : years[0];
    }

    /// <summary>A decided options appraisal of one of the partner organisations, which may become a scheme; or
    /// null.</summary>
    public Task<Appraisal?> DecidedAppraisalAsync(AppDbContext db, Guid appraisalId)
    {
        var orgs = Partners.Select(p => p.Partner.OrganisationId).ToList();
        return db
            .Appraisals.AsNoTracking()
            .FirstOrDefaultAsync(a =>
                a.Id == appraisalId && a.Status == AppraisalStatus.Decided && orgs.Contains(a.OrganisationId)
            );
    }

    public SpendImport.Period Period => new(Partnership.StartDate, Partnership.EndDate);
}
