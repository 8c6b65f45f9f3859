namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>What achieving each outcome costs (CD-P10): a unit, its cost, the units a year and the years, compared
/// with the organisation's fair cost of care rate for the unit where it is given (METHODS §5.3).</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class CostsModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : DesignPartPageModel(db, user, clock)
{
    protected override string Part => "The costs";

    protected override void Apply(ContractDesign d, DateTimeOffset now) =>
        ApplyPart(d, new CostsPart(Input.CostEntries(Outcomes, ModelState, nameof(Input))), now);

    protected override string Describe(ContractDesign d) =>
        string.Join(
            "; ",
            d.Costs.Select(c =>
                $"{MoneyText.Format(c.UnitCost)} a {c.Unit}, {c.UnitsPerYear:#,0.##} a year for {c.Years} years"
            )
        ) + (d.Costs.Count == 0 ? "" : $" (total {MoneyText.Format(d.TotalCost)})");
}
