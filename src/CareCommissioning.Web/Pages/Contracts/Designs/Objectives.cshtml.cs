namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>The contract objectives by category, each with the most effective way to achieve it (CD-P11), and the
/// supporting information on how to implement the contract to achieve the outcomes (CD-P6).</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class ObjectivesModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : DesignPartPageModel(db, user, clock)
{
    protected override string Part => "The objectives and implementation";

    protected override void Apply(ContractDesign d, DateTimeOffset now)
    {
        var entries = Input.ObjectiveEntries();
        ModelState.AddDomainErrors(nameof(Input), ContractDesignRules.Objectives(entries, Input.Implementation));
        if (!ModelState.IsValid)
            return;
        d.Objectives = entries.Select(e => e.ToObjective()).OfType<ContractObjective>().ToList();
        d.Implementation = string.IsNullOrWhiteSpace(Input.Implementation) ? null : Input.Implementation.Trim();
        d.UpdatedAt = now;
    }

    protected override string Describe(ContractDesign d) =>
        string.Join(
            "; ",
            d.Objectives.Select(o => $"{ObjectiveCategoryNames.Display(o.Category)}: {o.Objective} ({o.HowAchieved})")
        ) + (d.Implementation is null ? "" : $"; implementation: {d.Implementation}");
}
