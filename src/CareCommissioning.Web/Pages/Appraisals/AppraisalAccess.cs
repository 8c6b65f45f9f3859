namespace CareCommissioning.Web.Pages.Appraisals;

/// <summary>Finding an appraisal the user may see or change, and freezing its versions; anything not visible is "not
/// found".</summary>
public static class AppraisalAccess
{
    public static async Task<Appraisal?> FindVisibleAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy,
        bool track = false
    )
    {
        var query = track ? db.Appraisals : db.Appraisals.AsNoTracking();
        var appraisal = await query.FirstOrDefaultAsync(a => a.Id == id);
        return appraisal is not null && user.OrganisationsFor(policy).Contains(appraisal.OrganisationId)
            ? appraisal
            : null;
    }

    /// <summary>Adds a frozen copy of the appraisal as it now stands; saved with the change of status that caused
    /// it.</summary>
    public static async Task<AppraisalVersion> FreezeAsync(
        AppDbContext db,
        Appraisal a,
        string frozenBy,
        DateTimeOffset at,
        string? note
    )
    {
        var last = await db.AppraisalVersions.Where(v => v.AppraisalId == a.Id).MaxAsync(v => (int?)v.Number) ?? 0;
        var version = new AppraisalVersion
        {
            AppraisalId = a.Id,
            Number = last + 1,
            Status = a.Status,
            Title = a.Title,
            BaseYear = a.BaseYear,
            HorizonYears = a.HorizonYears,
            Schedule = a.Schedule,
            Content = AppraisalJson.Copy(a.Content),
            FrozenBy = frozenBy,
            FrozenAt = at,
            Note = note,
        };
        db.AppraisalVersions.Add(version);
        return version;
    }

    /// <summary>An appraisal rebuilt from a frozen version, for reading (never saved).</summary>
    public static Appraisal Thaw(Appraisal current, AppraisalVersion v) =>
        new()
        {
            Id = current.Id,
            OrganisationId = current.OrganisationId,
            ServiceLineId = current.ServiceLineId,
            Title = v.Title,
            BaseYear = v.BaseYear,
            HorizonYears = v.HorizonYears,
            Schedule = v.Schedule,
            Status = v.Status,
            Content = v.Content,
            Version = current.Version,
            CreatedAt = current.CreatedAt,
            UpdatedAt = v.FrozenAt,
        };
}
