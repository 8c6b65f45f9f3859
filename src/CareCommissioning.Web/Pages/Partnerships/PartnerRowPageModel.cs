namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// A page about one partner's own row of a partnership (its constraints, its expectations): every partner reads it,
/// only that partner's writers record it, and a save over someone's newer one is refused with 409 and the answers kept.
/// The row read to check access is the one saved.
/// </summary>
public abstract class PartnerRowPageModel(AppDbContext db, CurrentUser user) : PageModel
{
    protected AppDbContext Db => db;
    protected CurrentUser Me => user;

    public Partnership Partnership { get; private set; } = default!;
    public PartnershipAccess.PartnerRow Row { get; private set; } = default!;

    /// <summary>Whether the user may record this partner's row: someone who keeps partnerships there.</summary>
    public bool CanRecord { get; private set; }

    protected async Task<bool> LoadAsync(Guid id, Guid partnerId)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        if (partnership is null)
            return false;
        var row = (await PartnershipAccess.PartnersAsync(db, partnership)).FirstOrDefault(r =>
            r.Partner.Id == partnerId
        );
        if (row is null)
            return false;
        (Partnership, Row) = (partnership, row);
        CanRecord = user.Can(Policies.PartnershipsWrite, row.Partner.OrganisationId);
        return true;
    }

    /// <summary>Adds an error to each answer longer than a partner row holds.</summary>
    protected void CheckLengths(params (string Field, string? Value)[] answers)
    {
        foreach (var (field, value) in answers)
            if (value?.Length > PartnershipPartner.TextMaxLength)
                ModelState.AddModelError(
                    $"Input.{field}",
                    $"This answer must be {PartnershipPartner.TextMaxLength:N0} characters or fewer"
                );
    }

    /// <summary>The row, attached so that what is set on it from here is saved.</summary>
    protected PartnershipPartner Attach()
    {
        db.PartnershipPartners.Attach(Row.Partner);
        return Row.Partner;
    }

    /// <summary>Saves the attached row if it is still at <paramref name="version"/>; otherwise puts the conflict on
    /// <paramref name="field"/>, answers 409 and returns the version now saved.</summary>
    protected async Task<int?> SaveOrConflictAsync(int version, string field, string what)
    {
        var id = Row.Partner.Id;
        var outcome = await VersionedSave.SaveAsync(db, Row.Partner, version, () =>
            db.PartnershipPartners.AsNoTracking().FirstOrDefaultAsync(pp => pp.Id == id)
        );
        if (outcome.Saved)
            return null;
        ModelState.AddModelError($"Input.{field}", ConflictMessages.Edited(what));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return outcome.Current?.Version ?? version;
    }

    protected static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
