namespace CareCommissioning.Domain.Risks;

/// <summary>Everything a person can set on a risk, as entered.</summary>
public sealed record RiskDetails(
    string? Title,
    string? Description,
    RiskCategory? Category,
    string? Owner,
    int? Likelihood,
    int? Impact,
    int? ResidualLikelihood,
    int? ResidualImpact,
    string? Mitigation,
    bool PositiveRiskTaking,
    RiskStatus? Status,
    DateOnly? ReviewDate
)
{
    public static RiskDetails From(Risk r) =>
        new(
            r.Title,
            r.Description,
            r.Category,
            r.Owner,
            r.Likelihood,
            r.Impact,
            r.ResidualLikelihood,
            r.ResidualImpact,
            r.Mitigation,
            r.PositiveRiskTaking,
            r.Status,
            r.ReviewDate
        );

    /// <summary>Copies valid details onto the entity (call <see cref="RiskRules.Validate"/> first).</summary>
    public void ApplyTo(Risk r)
    {
        r.Title = Title!;
        r.Description = Description;
        r.Category = Category!.Value;
        r.Owner = Owner!;
        r.Likelihood = Likelihood!.Value;
        r.Impact = Impact!.Value;
        r.ResidualLikelihood = ResidualLikelihood;
        r.ResidualImpact = ResidualImpact;
        r.Mitigation = Mitigation;
        r.PositiveRiskTaking = PositiveRiskTaking;
        r.Status = Status!.Value;
        r.ReviewDate = ReviewDate;
    }
}
