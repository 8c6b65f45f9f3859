namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>An approach analysed to achieve the outcomes, its benefits and drawbacks, and whether it was chosen
/// (CD-P9). <paramref name="Name"/> names an approach of kind <see cref="ContractApproach.Other"/>.</summary>
public sealed record DesignApproach(
    ContractApproach Approach,
    string? Name,
    string Benefits,
    string Drawbacks,
    bool Chosen
)
{
    public string Display => Approach == ContractApproach.Other ? Name ?? "" : ContractApproachNames.Display(Approach);
}
