using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Contracts;

/// <summary>The statutory threshold that applies to a contract, including VAT (METHODS §4.1), and what it was
/// named.</summary>
public sealed record ContractThreshold(decimal Amount, string Name)
{
    /// <summary>
    /// The threshold in force when the contract started (the earliest set held for older contracts): the light-touch
    /// threshold for light-touch services such as social care, otherwise the goods and services threshold of the
    /// buyer's kind.
    /// </summary>
    public static ContractThreshold For(string cpvCode, DateOnly startDate, AuthorityType authority)
    {
        var set = ProcurementThresholds.InForceOn(startDate) ?? ProcurementThresholds.All[0];
        return CpvCode.IsWellFormed(cpvCode) && LightTouchServices.Includes(cpvCode)
            ? new(set.LightTouch, "light-touch threshold")
            : new(set.GoodsAndServices(authority), "goods and services threshold");
    }

    /// <summary>
    /// Whether a value change takes the contract over the threshold of its award route: an increase that reaches the
    /// threshold from below, or any increase of a contract awarded below the threshold that is at or above it
    /// already.
    /// </summary>
    public bool IsCrossedBy(AwardRoute route, decimal before, decimal after) =>
        after > before && after >= Amount && (before < Amount || route == AwardRoute.BelowThreshold);

    public string Describe() => $"the {Name} of {MoneyText.InText(Amount)}";
}
