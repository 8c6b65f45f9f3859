namespace CareCommissioning.Web.Pages.Purchasing.Rules;

/// <summary>How the pages and the API describe a version: in force, coming into force, or replaced.</summary>
public static class RuleSetView
{
    public const string InForce = "In force";
    public const string Future = "Comes into force later";
    public const string Replaced = "Replaced";

    public static string Status(PurchasingRuleSet version, PurchasingRuleSet? inForce, DateOnly today) =>
        inForce?.Id == version.Id ? InForce
        : version.EffectiveFrom > today ? Future
        : Replaced;

    /// <summary>Where each band ends: the next band's start, or the statutory threshold (above which a formal tender is
    /// needed anyway).</summary>
    public static decimal? UpTo(PurchasingRuleSet rules, PurchasingBand band, decimal statutory)
    {
        var next = rules.BandAbove(band);
        if (next is not null)
            return next.From;
        return band.Route == PurchaseRoute.FormalTender || band.From >= statutory ? null : statutory;
    }

    public static AuthorityType AuthorityOf(OrganisationType type) => PurchasingRules.AuthorityTypeOf(type);
}
