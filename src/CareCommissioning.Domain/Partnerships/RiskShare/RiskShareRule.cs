namespace CareCommissioning.Domain.Partnerships.RiskShare;

/// <summary>
/// How the partners of a pooled budget share an overspend (METHODS §6.2). No statute prescribes it: the section 75
/// agreement must say, so the rule is data, not code.
/// </summary>
public enum RiskShareMethod
{
    /// <summary>Each partner bears variance × its contribution ÷ the sum of the contributions.</summary>
    Proportional = 1,

    /// <summary>Each partner bears the variance (spend − budget) of the schemes it leads; the pool's variance is the
    /// sum of the schemes' variances. The usual rule for aligned budgets.</summary>
    OwnSchemes,

    /// <summary>Proportional up to a cap of a percentage of the pool; the overspend above the cap goes to one named
    /// partner, usually the host.</summary>
    Capped,
}

/// <summary>What happens to an underspend (METHODS §6.2 (d)).</summary>
public enum UnderspendTreatment
{
    /// <summary>Given back the way an overspend would be shared: pro rata to contributions under the proportional and
    /// capped rules (the cap limits overspends only), to each scheme's lead under own-schemes.</summary>
    Return = 1,

    /// <summary>Kept in the pool for next year: no partner gets a share, and the whole underspend is carried
    /// forward.</summary>
    CarryForward,
}

/// <summary>
/// A pooled budget's risk-share rule as its agreement states it. <see cref="CapPercent"/> and <see cref="CapExcessTo"/>
/// belong to the capped rule only: a cap of 3 means 3% of the pool is shared pro rata and <see cref="CapExcessTo"/>
/// (a partner's name) takes the rest.
/// </summary>
public sealed record RiskShareRule(
    RiskShareMethod Method,
    UnderspendTreatment Underspend = UnderspendTreatment.Return,
    decimal? CapPercent = null,
    string? CapExcessTo = null
)
{
    public static RiskShareRule Proportional(UnderspendTreatment underspend = UnderspendTreatment.Return) =>
        new(RiskShareMethod.Proportional, underspend);

    public static RiskShareRule OwnSchemes(UnderspendTreatment underspend = UnderspendTreatment.Return) =>
        new(RiskShareMethod.OwnSchemes, underspend);

    public static RiskShareRule Capped(
        decimal capPercent,
        string capExcessTo,
        UnderspendTreatment underspend = UnderspendTreatment.Return
    ) => new(RiskShareMethod.Capped, underspend, capPercent, capExcessTo);
}

/// <summary>What one partner put into the pool, in pounds (at most 2 decimal places).</summary>
public sealed record RiskShareContribution(string Partner, decimal Amount);

/// <summary>A scheme the pool pays for, led by one of the partners, with its budget and its year-end spend in
/// pounds.</summary>
public sealed record RiskShareScheme(string Name, string LeadPartner, decimal Budget, decimal Spend);

/// <summary>
/// A year-end risk-share question: the rule, each partner's contribution (the pool is their sum) and the outturn (what
/// the pool spent). Under own-schemes the schemes give the outturn (their total spend), so it may be left out.
/// </summary>
public sealed record RiskShareRequest(
    RiskShareRule Rule,
    IReadOnlyList<RiskShareContribution> Contributions,
    decimal? Outturn,
    IReadOnlyList<RiskShareScheme>? Schemes = null
);

public enum PoolVarianceDirection
{
    OnBudget = 1,
    Overspend,
    Underspend,
}

/// <summary>
/// One partner's share of the variance: positive, it pays towards an overspend; negative, it gets part of an underspend
/// back. <see cref="Working"/> says how the share was reached, in plain English.
/// </summary>
public sealed record PartnerRiskShare(string Partner, decimal Contribution, decimal Share, string Working);

/// <summary>
/// The pool (the sum of the contributions), the outturn, the variance (outturn − pool; positive is an overspend) and
/// each partner's share, in the order the partners were given. The shares add up to the variance exactly, to the penny,
/// except that an underspend carried forward gives no shares: then <see cref="CarriedForward"/> is the whole underspend
/// (a positive amount), so Σ shares − carried forward = variance always. <see cref="Rounding"/> states the rounding
/// rule and what it did here.
/// </summary>
public sealed record RiskShareResult(
    decimal Pool,
    decimal Outturn,
    decimal Variance,
    PoolVarianceDirection Direction,
    IReadOnlyList<PartnerRiskShare> Shares,
    decimal CarriedForward,
    string Rounding
);
