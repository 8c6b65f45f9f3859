namespace CareCommissioning.Domain.Mcda;

public sealed record McdaResult(IReadOnlyList<McdaOptionResult> Options, IReadOnlyList<McdaCriterionResult> Criteria);

/// <summary>Weighted total S_i = Σ w_j·s_ij (0–100) and rank (1 = best; equal totals share a rank).</summary>
public sealed record McdaOptionResult(string Name, decimal Total, int Rank);

/// <summary>
/// The criterion's weight as given and normalised, and its switching weight: the weight (others rescaled in proportion)
/// at which the top option changes, nearest to the current weight; null where no weight from 0 to 1 changes it.
/// <see cref="SwitchingWeight"/> is normalised (0–1); <see cref="SwitchingWeightAsGiven"/> is the same point on the
/// scale the weights were given on (with weights 40, 25, 20 and 15, a normalised 0.351 is 35.1).
/// </summary>
public sealed record McdaCriterionResult(
    string Name,
    decimal Weight,
    decimal NormalisedWeight,
    decimal? SwitchingWeight,
    decimal? SwitchingWeightAsGiven,
    string? NewLeader
);
