namespace CareCommissioning.Domain.Partnerships;

/// <summary>A partner's decision as it is recorded, before it is checked.</summary>
public sealed record SignOffDetails(
    Guid? PartnerId,
    string? DecisionMakers,
    SignOffDecision? Decision,
    DateOnly? DecidedOn,
    string? Conditions
);

/// <summary>
/// The life of an agreement (PB-P12, P13), as business events: the host changes the terms, puts the current version
/// to the partners, each partner's decision makers decide, and the agreement is signed off when every partner has
/// approved the current version. A change of terms once partners may have decided starts a new version, so a sign-off
/// only ever counts for the terms it saw.
/// </summary>
public static class AgreementWorkflow
{
    public const int DecisionMakersMaxLength = 200;

    /// <summary>
    /// Applies checked terms. Unchanged terms change nothing. Changed terms of a draft nobody has decided on keep its
    /// version; otherwise a new version starts as a draft, and the earlier sign-offs stay with the version they
    /// signed. Returns whether a new version started.
    /// </summary>
    public static bool ChangeTerms(PartnershipAgreement a, AgreementTerms terms, bool currentVersionHasDecisions)
    {
        var before = AgreementTerms.From(a).Cleaned();
        var probe = new PartnershipAgreement();
        terms.ApplyTo(probe);
        if (AgreementTerms.From(probe) == before)
            return false;
        terms.ApplyTo(a);
        return StartNewVersionIfDecided(a, currentVersionHasDecisions);
    }

    /// <summary>Whether a change now starts a new version: once the current version is with the partners, signed off,
    /// or decided on by any of them.</summary>
    public static bool ChangeStartsNewVersion(AgreementStatus status, bool currentVersionHasDecisions) =>
        status != AgreementStatus.Draft || currentVersionHasDecisions;

    /// <summary>
    /// The money changed (a contribution added, changed or removed): once the current version is with the partners or
    /// any of them has decided on it, a new draft version starts, so no sign-off counts for money it did not see.
    /// Returns whether a new version started.
    /// </summary>
    public static bool StartNewVersionIfDecided(PartnershipAgreement a, bool currentVersionHasDecisions)
    {
        if (!ChangeStartsNewVersion(a.Status, currentVersionHasDecisions))
            return false;
        a.AgreementVersion++;
        a.Status = AgreementStatus.Draft;
        return true;
    }

    /// <summary>Why the current version cannot go to the partners, or null when it can; <paramref name="pool"/> is the
    /// sum of all the partners' contributions.</summary>
    public static string? SignOffRequestRefusal(PartnershipAgreement a, decimal pool) =>
        a.Status switch
        {
            AgreementStatus.ForSignOff => $"Version {a.AgreementVersion} is already with the partners for sign-off",
            AgreementStatus.SignedOff => $"Every partner has signed off version {a.AgreementVersion} already",
            _ when pool <= 0 =>
                "The partners' contributions add up to £0: record what each partner puts in before asking them to sign",
            _ => null,
        };

    public static void PutForSignOff(PartnershipAgreement a) => a.Status = AgreementStatus.ForSignOff;

    /// <summary>What is wrong with a partner's decision on the current version, by field.</summary>
    public static IReadOnlyList<FieldError> ValidateSignOff(
        PartnershipAgreement a,
        SignOffDetails d,
        IReadOnlyCollection<Guid> partners,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        if (a.Status != AgreementStatus.ForSignOff)
        {
            errors.Add(
                "",
                a.Status == AgreementStatus.SignedOff
                    ? $"Every partner has signed off version {a.AgreementVersion} already"
                    : "The host has not put this version of the agreement to the partners for sign-off yet"
            );
            return errors;
        }
        errors.When(
            d.PartnerId is not { } p || !partners.Contains(p),
            nameof(d.PartnerId),
            "Select a partner of this partnership whose decision you are recording"
        );
        errors.Text(
            nameof(d.DecisionMakers),
            d.DecisionMakers,
            DecisionMakersMaxLength,
            "Enter who decided, such as the council's cabinet or the ICB board",
            $"Who decided must be {DecisionMakersMaxLength} characters or fewer"
        );
        errors.When(
            d.Decision is not { } decision || !Enum.IsDefined(decision),
            nameof(d.Decision),
            "Select the decision"
        );
        if (!errors.When(d.DecidedOn is null, nameof(d.DecidedOn), "Enter the date of the decision"))
            errors.When(d.DecidedOn > today, nameof(d.DecidedOn), "The date of the decision must be today or earlier");
        errors.When(
            d.Decision == SignOffDecision.ApprovedWithConditions && string.IsNullOrWhiteSpace(d.Conditions),
            nameof(d.Conditions),
            "Enter the conditions of the approval"
        );
        errors.MaxLength(
            nameof(d.Conditions),
            d.Conditions,
            PartnershipSignOff.TextMaxLength,
            $"Conditions must be {PartnershipSignOff.TextMaxLength:N0} characters or fewer"
        );
        return errors;
    }

    /// <summary>Each partner's latest decision on the current version, by partner.</summary>
    public static IReadOnlyDictionary<Guid, PartnershipSignOff> Current(
        PartnershipAgreement a,
        IEnumerable<PartnershipSignOff> signOffs
    ) =>
        signOffs
            .Where(s => s.AgreementVersion == a.AgreementVersion)
            .GroupBy(s => s.PartnerId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.RecordedAt).Last());

    public static bool Approves(SignOffDecision d) =>
        d is SignOffDecision.Approved or SignOffDecision.ApprovedWithConditions;

    /// <summary>
    /// Records a checked decision. When every partner's latest decision on the current version approves it, the
    /// agreement is signed off and a proposed partnership becomes agreed. Returns whether it was signed off now.
    /// </summary>
    public static bool RecordSignOff(
        PartnershipAgreement a,
        Partnership partnership,
        PartnershipSignOff signOff,
        IReadOnlyCollection<Guid> partners,
        IEnumerable<PartnershipSignOff> earlier
    )
    {
        signOff.AgreementVersion = a.AgreementVersion;
        var latest = Current(a, earlier.Append(signOff));
        if (!partners.All(p => latest.TryGetValue(p, out var s) && Approves(s.Decision)))
            return false;
        a.Status = AgreementStatus.SignedOff;
        if (partnership.Status == PartnershipStatus.Proposed)
            partnership.Status = PartnershipStatus.Agreed;
        return true;
    }
}
