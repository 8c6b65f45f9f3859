namespace CareCommissioning.Domain.Appraisals;

/// <summary>
/// One option's economic case: PV of costs (after optimism bias), PV of benefits, NPSV = PVB − PVC, BCR = PVB / PVC
/// (null when there are no costs), and NPSV against the do-nothing baseline. Switching values: the fall in benefits, or
/// rise in costs, as a fraction, at which NPSV reaches zero (null when undefined).
/// </summary>
public sealed record OptionResult(
    string Name,
    decimal PvCosts,
    decimal PvBenefits,
    decimal Npsv,
    decimal? Bcr,
    decimal NpsvVersusBaseline,
    decimal? BenefitsSwitchingValue,
    decimal? CostsSwitchingValue,
    bool Preferred
);
