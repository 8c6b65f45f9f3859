using System.Globalization;
using CareCommissioning.Domain.Partnerships.RiskShare;

namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// What makes an agreement's terms acceptable, and how its risk-share rule reads and maps to the calculator's
/// <see cref="RiskShareRule"/> (METHODS §6.2): a rule must say who bears every pound of a variance, so a capped rule
/// needs a cap above 0% and at most 100% and a partner of this partnership to take the overspend above it.
/// </summary>
public static class AgreementRules
{
    public static IReadOnlyList<FieldError> Validate(AgreementTerms terms, IReadOnlyCollection<Guid> partners)
    {
        var t = terms.Cleaned();
        var errors = new FieldErrors();
        errors.When(
            t.RiskShare is not { } m || !Enum.IsDefined(m),
            nameof(t.RiskShare),
            "Select how overspends and underspends are shared"
        );
        errors.When(
            t.Underspend is not { } u || !Enum.IsDefined(u),
            nameof(t.Underspend),
            "Select what happens to an underspend: returned to the partners or carried forward"
        );
        if (t.RiskShare == RiskShareMethod.Capped)
        {
            if (
                !errors.When(
                    t.CapPercent is null,
                    nameof(t.CapPercent),
                    "Enter the cap: the percentage of the pool shared pro rata, more than 0 and up to 100"
                )
            )
                if (
                    !errors.When(
                        t.CapPercent is <= 0 or > 100,
                        nameof(t.CapPercent),
                        "The cap must be more than 0% and no more than 100% of the pool"
                    )
                )
                    errors.When(
                        decimal.Round(t.CapPercent!.Value, 4) != t.CapPercent,
                        nameof(t.CapPercent),
                        "The cap can have up to 4 decimal places, like 2.5"
                    );
            if (
                !errors.When(
                    t.CapExcessPartnerId is null,
                    nameof(t.CapExcessPartnerId),
                    "Select the partner that takes the overspend above the cap, so no part of an overspend is left to nobody"
                )
            )
                errors.When(
                    !partners.Contains(t.CapExcessPartnerId!.Value),
                    nameof(t.CapExcessPartnerId),
                    "The partner taking the overspend above the cap must be a partner of this partnership"
                );
        }
        else if (t.RiskShare is not null)
        {
            // The calculator's words: a cap belongs to the capped rule only.
            errors.When(
                t.CapPercent is not null,
                nameof(t.CapPercent),
                "Only the capped rule has a cap: leave the cap out, or choose capped"
            );
            errors.When(
                t.CapExcessPartnerId is not null,
                nameof(t.CapExcessPartnerId),
                "Only the capped rule has a partner taking the overspend above a cap: leave it out, or choose capped"
            );
        }
        foreach (var (field, value, label) in t.Texts())
            errors.MaxLength(
                field,
                value,
                PartnershipAgreement.TextMaxLength,
                $"{label} must be {PartnershipAgreement.TextMaxLength:N0} characters or fewer"
            );
        return errors;
    }

    /// <summary>The agreement's rule as the calculator takes it; <paramref name="partnerName"/> names a partner row as
    /// the contributions will.</summary>
    public static RiskShareRule RuleOf(PartnershipAgreement a, Func<Guid, string> partnerName) =>
        a.RiskShare == RiskShareMethod.Capped
            ? RiskShareRule.Capped(a.CapPercent ?? 0, partnerName(a.CapExcessPartnerId ?? Guid.Empty), a.Underspend)
            : new RiskShareRule(a.RiskShare, a.Underspend);

    /// <summary>The risk-share rule in plain English, as partners read it before signing.</summary>
    public static string Describe(PartnershipAgreement a, Func<Guid, string> partnerName)
    {
        var overspend = a.RiskShare switch
        {
            RiskShareMethod.OwnSchemes => "Each partner bears the overspends and underspends of the schemes it leads.",
            RiskShareMethod.Capped =>
                $"Overspends are shared in proportion to contributions up to {Percent(a.CapPercent)} of the pool; the rest falls to {partnerName(a.CapExcessPartnerId ?? Guid.Empty)}.",
            _ => "Overspends and underspends are shared in proportion to contributions.",
        };
        var underspend = (a.Underspend, a.RiskShare) switch
        {
            (UnderspendTreatment.CarryForward, _) => "An underspend is carried forward in the pool to the next year.",
            (_, RiskShareMethod.OwnSchemes) => "An underspend is returned to the partner leading the scheme.",
            _ => "An underspend is returned to the partners in proportion to their contributions.",
        };
        return $"{overspend} {underspend}";
    }

    private static string Percent(decimal? value) =>
        (value ?? 0).ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
