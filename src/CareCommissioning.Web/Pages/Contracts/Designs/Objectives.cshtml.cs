namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>The contract objectives by category, each with the most effective way to achieve it (CD-P11), and the
/// supporting information on how to implement the contract to achieve the outcomes (CD-P6).</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class ObjectivesModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : DesignPartPageModel(db, user, clock)
{
    protected override string Part => "The objectives and implementation";

    protected override void Apply(ContractDesign d, DateTimeOffset now) =>
        ApplyPart(d, new ObjectivesPart(Input.ObjectiveEntries(), Input.Implementation), now);

    protected override string Describe(ContractDesign d) =>
        string.Join(
            "; ",
            d.Objectives.Select(o => $"{ObjectiveCategoryNames.Display(o.Category)}: {o.Objective} ({o.HowAchieved})")
        ) + (d.Implementation is null ? "" : $"; implementation: {d.Implementation}");
}
