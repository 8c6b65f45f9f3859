namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>One stage's answers on when and how outcomes will be agreed with providers, as entered.</summary>
public sealed record OutcomeAgreementEntry(AgreementStage Stage, string? Method, DateOnly? PlannedOn)
{
    public OutcomeAgreement? ToAgreement() =>
        string.IsNullOrWhiteSpace(Method) ? null : new(Stage, Method.Trim(), PlannedOn);
}

/// <summary>One approach's answers, as entered.</summary>
public sealed record DesignApproachEntry(
    ContractApproach Approach,
    string? Name,
    string? Benefits,
    string? Drawbacks,
    bool Chosen
)
{
    public bool Entered =>
        Chosen
        || !string.IsNullOrWhiteSpace(Name)
        || !string.IsNullOrWhiteSpace(Benefits)
        || !string.IsNullOrWhiteSpace(Drawbacks);

    public DesignApproach? ToApproach() =>
        Entered
            ? new(
                Approach,
                Approach == ContractApproach.Other ? Name?.Trim() : null,
                Benefits?.Trim() ?? "",
                Drawbacks?.Trim() ?? "",
                Chosen
            )
            : null;
}

/// <summary>One outcome's cost answers, as entered.</summary>
public sealed record OutcomeCostEntry(
    Guid OutcomeId,
    string OutcomeTitle,
    string? Unit,
    decimal? UnitCost,
    decimal? UnitsPerYear,
    int? Years,
    decimal? FairCostRate
)
{
    public bool Entered =>
        !string.IsNullOrWhiteSpace(Unit)
        || UnitCost is not null
        || UnitsPerYear is not null
        || Years is not null
        || FairCostRate is not null;

    public OutcomeCost? ToCost() =>
        Entered ? new(OutcomeId, Unit!.Trim(), UnitCost!.Value, UnitsPerYear!.Value, Years!.Value, FairCostRate) : null;
}

/// <summary>One category's objective answers, as entered.</summary>
public sealed record ContractObjectiveEntry(ObjectiveCategory Category, string? Objective, string? HowAchieved)
{
    public ContractObjective? ToObjective() =>
        string.IsNullOrWhiteSpace(Objective) ? null : new(Category, Objective.Trim(), HowAchieved?.Trim() ?? "");
}
