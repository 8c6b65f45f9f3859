namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>The approaches analysed to achieve the outcomes (CD-P9): paying for time and tasks and the newer
/// approaches (outcomes-based payment, individual service funds, alliance contracts), each with its benefits and
/// drawbacks, and the ones chosen.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class ApproachesModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : DesignPartPageModel(db, user, clock)
{
    protected override string Part => "The approaches";

    protected override void Apply(ContractDesign d, DateTimeOffset now) =>
        ApplyPart(d, new ApproachesPart(Input.ApproachEntries()), now);

    protected override string Describe(ContractDesign d) =>
        string.Join(
            "; ",
            d.Approaches.Select(a => $"{a.Display}{(a.Chosen ? " (chosen)" : "")}: {a.Benefits} / {a.Drawbacks}")
        );
}
