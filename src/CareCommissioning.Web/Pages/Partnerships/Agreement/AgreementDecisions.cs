namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>
/// Whether any partner has decided on the agreement's current version: with its status, what decides whether a change
/// starts a new version (<see cref="AgreementWorkflow.ChangeStartsNewVersion"/>).
/// </summary>
public static class AgreementDecisions
{
    public static Task<bool> OnCurrentVersionAsync(
        AppDbContext db,
        PartnershipAgreement agreement,
        CancellationToken ct = default
    )
    {
        var (id, version) = (agreement.PartnershipId, agreement.AgreementVersion);
        return db.PartnershipSignOffs.AnyAsync(s => s.PartnershipId == id && s.AgreementVersion == version, ct);
    }
}
