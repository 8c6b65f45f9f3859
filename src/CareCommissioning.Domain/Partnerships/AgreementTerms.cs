using CareCommissioning.Domain.Partnerships.RiskShare;

namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// The terms of a partnership's agreement as someone proposes them, before they are checked (PB-P5, P6, P8): the
/// risk-share rule and the text terms. The page and the API both build one, so both are judged by
/// <see cref="AgreementRules"/> alike.
/// </summary>
public sealed record AgreementTerms(
    RiskShareMethod? RiskShare,
    UnderspendTreatment? Underspend,
    decimal? CapPercent,
    Guid? CapExcessPartnerId,
    string? ContributionVariation,
    string? GovernanceBoard,
    string? BoardMembers,
    string? Quorum,
    string? DelegatedLimits,
    string? HealthAndWellbeingBoardReporting,
    string? ProviderArrangements
)
{
    public static AgreementTerms From(PartnershipAgreement a) =>
        new(
            a.RiskShare,
            a.Underspend,
            a.CapPercent,
            a.CapExcessPartnerId,
            a.ContributionVariation,
            a.GovernanceBoard,
            a.BoardMembers,
            a.Quorum,
            a.DelegatedLimits,
            a.HealthAndWellbeingBoardReporting,
            a.ProviderArrangements
        );

    /// <summary>The terms with blank text as none and text trimmed, so an unchanged answer compares equal.</summary>
    public AgreementTerms Cleaned() =>
        this with
        {
            ContributionVariation = Clean(ContributionVariation),
            GovernanceBoard = Clean(GovernanceBoard),
            BoardMembers = Clean(BoardMembers),
            Quorum = Clean(Quorum),
            DelegatedLimits = Clean(DelegatedLimits),
            HealthAndWellbeingBoardReporting = Clean(HealthAndWellbeingBoardReporting),
            ProviderArrangements = Clean(ProviderArrangements),
        };

    /// <summary>The text terms by field, with the words a message names them by.</summary>
    public IEnumerable<(string Field, string? Value, string Label)> Texts() =>
        [
            (nameof(ContributionVariation), ContributionVariation, "How contributions may vary"),
            (nameof(GovernanceBoard), GovernanceBoard, "Governance board"),
            (nameof(BoardMembers), BoardMembers, "Board members"),
            (nameof(Quorum), Quorum, "Quorum"),
            (nameof(DelegatedLimits), DelegatedLimits, "Delegated limits"),
            (
                nameof(HealthAndWellbeingBoardReporting),
                HealthAndWellbeingBoardReporting,
                "Reporting to the health and wellbeing board"
            ),
            (nameof(ProviderArrangements), ProviderArrangements, "How the activity is carried out with providers"),
        ];

    /// <summary>Puts checked terms on the agreement.</summary>
    internal void ApplyTo(PartnershipAgreement a)
    {
        var t = Cleaned();
        a.RiskShare = t.RiskShare!.Value;
        a.Underspend = t.Underspend!.Value;
        a.CapPercent = t.RiskShare == RiskShareMethod.Capped ? t.CapPercent : null;
        a.CapExcessPartnerId = t.RiskShare == RiskShareMethod.Capped ? t.CapExcessPartnerId : null;
        a.ContributionVariation = t.ContributionVariation;
        a.GovernanceBoard = t.GovernanceBoard;
        a.BoardMembers = t.BoardMembers;
        a.Quorum = t.Quorum;
        a.DelegatedLimits = t.DelegatedLimits;
        a.HealthAndWellbeingBoardReporting = t.HealthAndWellbeingBoardReporting;
        a.ProviderArrangements = t.ProviderArrangements;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
