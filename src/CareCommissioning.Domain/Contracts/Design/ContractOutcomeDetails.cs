namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>A contract outcome as entered, before it is checked (<see cref="ContractOutcomeRules"/>).</summary>
public sealed record ContractOutcomeDetails(
    string? Title,
    string? AgreedWith,
    DateOnly? AgreedOn,
    string? Indicator,
    string? Target,
    string? CostImplications = null,
    string? ResourceImplications = null,
    string? RiskImplications = null,
    string? SustainabilityImplications = null,
    string? Conflict = null,
    string? Resolution = null,
    string? ResolvedBy = null,
    DateOnly? ResolvedOn = null,
    bool Recommended = false,
    string? HowSpecified = null,
    string? HowEvidenced = null
)
{
    public static ContractOutcomeDetails From(ContractOutcome o) =>
        new(
            o.Title,
            o.AgreedWith,
            o.AgreedOn,
            o.Indicator,
            o.Target,
            o.CostImplications,
            o.ResourceImplications,
            o.RiskImplications,
            o.SustainabilityImplications,
            o.Conflict,
            o.Resolution,
            o.ResolvedBy,
            o.ResolvedOn,
            o.Recommended,
            o.HowSpecified,
            o.HowEvidenced
        );

    /// <summary>Puts checked answers on the outcome, blanks as nothing.</summary>
    public void ApplyTo(ContractOutcome o)
    {
        o.Title = Title!.Trim();
        o.AgreedWith = Clean(AgreedWith);
        o.AgreedOn = AgreedOn;
        o.Indicator = Clean(Indicator);
        o.Target = Clean(Target);
        o.CostImplications = Clean(CostImplications);
        o.ResourceImplications = Clean(ResourceImplications);
        o.RiskImplications = Clean(RiskImplications);
        o.SustainabilityImplications = Clean(SustainabilityImplications);
        o.Conflict = Clean(Conflict);
        o.Resolution = Clean(Resolution);
        o.ResolvedBy = Clean(ResolvedBy);
        o.ResolvedOn = ResolvedOn;
        o.Recommended = Recommended;
        o.HowSpecified = Clean(HowSpecified);
        o.HowEvidenced = Clean(HowEvidenced);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
