namespace CareCommissioning.Web.Pages.Partnerships.Contributions;

/// <summary>What a change of contributions will do to the agreement, said before it is made: once the current version
/// is with the partners or decided on, a change starts a new version that the partners sign again.</summary>
public static class NewVersionWarning
{
    public static async Task<string?> ForAsync(AppDbContext db, Guid partnershipId)
    {
        var agreement = await db
            .PartnershipAgreements.AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId)
            .Select(a => new { a.AgreementVersion, a.Status })
            .FirstOrDefaultAsync();
        if (agreement is null)
            return null;
        var decided = await db.PartnershipSignOffs.AnyAsync(s =>
            s.PartnershipId == partnershipId && s.AgreementVersion == agreement.AgreementVersion
        );
        if (agreement.Status == AgreementStatus.Draft && !decided)
            return null;
        var state =
            agreement.Status == AgreementStatus.SignedOff
                ? "signed off by every partner"
                : "with the partners for sign-off";
        return $"Version {agreement.AgreementVersion} of the agreement is {state}. Adding, changing or removing a contribution starts version {agreement.AgreementVersion + 1}, which the host puts to the partners and each partner signs again.";
    }
}
