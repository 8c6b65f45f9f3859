using System.Globalization;
using CareCommissioning.Domain.Partnerships.RiskShare;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>The agreement's terms as typed, kept as text so a wrong answer is shown back as typed.</summary>
public sealed class TermsForm : IVersionedForm
{
    public string? RiskShare { get; set; }
    public string? Underspend { get; set; }
    public string? CapPercent { get; set; }
    public string? CapExcessPartnerId { get; set; }
    public string? ContributionVariation { get; set; }
    public string? GovernanceBoard { get; set; }
    public string? BoardMembers { get; set; }
    public string? Quorum { get; set; }
    public string? DelegatedLimits { get; set; }
    public string? HealthAndWellbeingBoardReporting { get; set; }
    public string? ProviderArrangements { get; set; }
    public int Version { get; set; }

    public static TermsForm From(PartnershipAgreement a) =>
        new()
        {
            RiskShare = a.RiskShare.ToString(),
            Underspend = a.Underspend.ToString(),
            CapPercent = a.CapPercent is { } c ? NumberInput.Plain(c) : null,
            CapExcessPartnerId = a.CapExcessPartnerId?.ToString(),
            ContributionVariation = a.ContributionVariation,
            GovernanceBoard = a.GovernanceBoard,
            BoardMembers = a.BoardMembers,
            Quorum = a.Quorum,
            DelegatedLimits = a.DelegatedLimits,
            HealthAndWellbeingBoardReporting = a.HealthAndWellbeingBoardReporting,
            ProviderArrangements = a.ProviderArrangements,
            Version = a.Version,
        };

    /// <summary>The terms to check. The cap questions belong to the capped rule: under another rule they are
    /// ignored, as they are hidden from the reader.</summary>
    public AgreementTerms ToTerms(ModelStateDictionary state, string prefix)
    {
        var method =
            Enum.TryParse<RiskShareMethod>(RiskShare, out var m) && Enum.IsDefined(m) ? m : (RiskShareMethod?)null;
        var capped = method == RiskShareMethod.Capped;
        decimal? cap = null;
        if (capped && !string.IsNullOrWhiteSpace(CapPercent))
        {
            if (NumberInput.TryParseNumber(CapPercent.Trim().TrimEnd('%'), out var c))
                cap = c;
            else
                state.AddModelError($"{prefix}.{nameof(CapPercent)}", "The cap must be a percentage, like 3 or 2.5");
        }
        return new AgreementTerms(
            method,
            Enum.TryParse<UnderspendTreatment>(Underspend, out var u) && Enum.IsDefined(u) ? u : null,
            cap,
            capped && Guid.TryParse(CapExcessPartnerId, out var p) ? p : null,
            ContributionVariation,
            GovernanceBoard,
            BoardMembers,
            Quorum,
            DelegatedLimits,
            HealthAndWellbeingBoardReporting,
            ProviderArrangements
        );
    }

    public static IEnumerable<SelectListItem> RiskShareItems =>
        Enum.GetValues<RiskShareMethod>()
            .Select(v => new SelectListItem(RiskShareMethodNames.Display(v), v.ToString()));

    public static IEnumerable<SelectListItem> UnderspendItems =>
        Enum.GetValues<UnderspendTreatment>()
            .Select(v => new SelectListItem(UnderspendTreatmentNames.Display(v), v.ToString()));

    public static string CapText(decimal? cap) =>
        cap is { } c ? c.ToString("0.####", CultureInfo.InvariantCulture) + "%" : "";
}
