using CareCommissioning.Web.Pages.Partnerships.Agreement;

namespace CareCommissioning.Web.Pages.Partnerships.Contributions;

/// <summary>What a change of contributions will do to the agreement, said before it is made: once the current version
/// is with the partners or decided on, a change starts a new version that the partners sign again.</summary>
public static class NewVersionWarning
{
    /// <summary>The warning for <paramref name="agreement"/> (null when there is none yet), or null when a change
    /// would not start a new version.</summary>
    public static async Task<string?> ForAsync(AppDbContext db, PartnershipAgreement? agreement)
    {
        if (
            agreement is null
            || !AgreementWorkflow.ChangeStartsNewVersion(
                agreement.Status,
                await AgreementDecisions.OnCurrentVersionAsync(db, agreement)
            )
        )
            return null;
        var state =
            agreement.Status == AgreementStatus.SignedOff
                ? "signed off by every partner"
                : "with the partners for sign-off";
        return $"Version {agreement.AgreementVersion} of the agreement is {state}. Adding, changing or removing a contribution starts version {agreement.AgreementVersion + 1}, which the host puts to the partners and each partner signs again.";
    }
}
