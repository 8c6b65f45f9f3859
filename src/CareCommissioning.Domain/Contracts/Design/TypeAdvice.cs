namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>
/// What the contract type advice says (CD-P12): the types suggested with reasons, the statutory threshold the value is
/// measured against and the award route that follows, and cautions about the chosen type within legal and
/// organisational requirements.
/// </summary>
public sealed record TypeAdvice(
    IReadOnlyList<TypeSuggestion> Suggestions,
    ContractThreshold Threshold,
    bool AboveThreshold,
    string Route
)
{
    public bool Suggests(ContractType type) => Suggestions.Any(s => s.Type == type);

    /// <summary>Where a chosen type departs from the advice, how, in plain English; null where it does not (or no
    /// question has been answered, so there is no advice to depart from).</summary>
    public string? Departure(ContractType chosen) =>
        Suggestions.Count == 0 || Suggests(chosen)
            ? null
            : $"The advice does not suggest {ContractTypeNames.Display(chosen).ToLowerInvariant()} for these answers: it "
                + $"suggests {string.Join(" or ", Suggestions.Select(s => ContractTypeNames.Display(s.Type).ToLowerInvariant()))}";

    /// <summary>Legal and organisational cautions about a chosen type.</summary>
    public IReadOnlyList<string> Cautions(ContractType chosen, bool? volumePredictable)
    {
        var cautions = new List<string>();
        if (chosen == ContractType.Framework)
            cautions.Add("A framework under the Procurement Act 2023 may last no more than 4 years");
        if (chosen == ContractType.DynamicMarket && !AboveThreshold)
            cautions.Add(
                "A dynamic market is a procedure for contracts above the threshold; below it, an approved list or spot "
                    + "purchasing does the same job"
            );
        if (chosen == ContractType.Block && volumePredictable == false)
            cautions.Add(
                "A block contract pays for capacity whether it is used or not: with volume that cannot be predicted, "
                    + "care may be paid for and not used"
            );
        return cautions;
    }
}
