namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>
/// The estimated value and the whole-life cost (PU-P7): purchase, delivery and installation, running and maintenance
/// each year, disposal and life, discounted at the Green Book rate so options with different running costs compare
/// fairly.
/// </summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class CostModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PlanQuestionPageModel<CostModel.Form>(db, user, clock)
{
    public sealed class Form
    {
        public string? EstimatedValue { get; set; }
        public string? IncludesVat { get; set; }
        public string? PurchasePrice { get; set; }
        public string? DeliveryAndInstallation { get; set; }
        public string? RunningCostPerYear { get; set; }
        public string? MaintenanceCostPerYear { get; set; }
        public string? DisposalCost { get; set; }
        public string? LifeYears { get; set; }
    }

    public WholeLifeCostResult? WholeLife { get; private set; }

    public static IEnumerable<SelectListItem> VatItems =>
        [new("Yes, it includes VAT (or no VAT is charged)", "yes"), new("No, VAT is added on top", "no")];

    protected override string Step => "/cost";

    protected override bool ChangesTheRoute => true;

    protected override Form Read()
    {
        var w = Purchase.WholeLife;
        string? M(decimal v) => v == 0 ? null : NumberInput.Plain(v);
        Calculate();
        return new Form
        {
            EstimatedValue = M(Purchase.EstimatedValue),
            IncludesVat =
                Purchase.EstimatedValue == 0 ? null
                : Purchase.IncludesVat ? "yes"
                : "no",
            PurchasePrice = M(w.PurchasePrice),
            DeliveryAndInstallation = M(w.DeliveryAndInstallation),
            RunningCostPerYear = M(w.RunningCostPerYear),
            MaintenanceCostPerYear = M(w.MaintenanceCostPerYear),
            DisposalCost = M(w.DisposalCost),
            LifeYears = w.LifeYears.ToString(),
        };
    }

    protected override bool Apply()
    {
        Purchase.EstimatedValue = Money(Input.EstimatedValue, "EstimatedValue", "Estimated value");
        if (Input.IncludesVat is not ("yes" or "no"))
            ModelState.AddModelError("Input.IncludesVat", "Select whether the estimated value includes VAT");
        Purchase.IncludesVat = Input.IncludesVat != "no";
        Purchase.WholeLife = new WholeLifeCostInputs
        {
            PurchasePrice = Money(Input.PurchasePrice, "PurchasePrice", "Purchase price"),
            DeliveryAndInstallation = Money(
                Input.DeliveryAndInstallation,
                "DeliveryAndInstallation",
                "Delivery and installation"
            ),
            RunningCostPerYear = Money(Input.RunningCostPerYear, "RunningCostPerYear", "Running cost per year"),
            MaintenanceCostPerYear = Money(
                Input.MaintenanceCostPerYear,
                "MaintenanceCostPerYear",
                "Maintenance cost per year"
            ),
            DisposalCost = Money(Input.DisposalCost, "DisposalCost", "Disposal cost"),
            LifeYears = int.TryParse(Input.LifeYears?.Trim(), out var life) ? life : 0,
        };
        if (!string.IsNullOrWhiteSpace(Input.LifeYears) && !int.TryParse(Input.LifeYears.Trim(), out _))
            ModelState.AddModelError("Input.LifeYears", "Life must be a whole number of years, like 5");
        return true;
    }

    private decimal Money(string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 0m;
        if (NumberInput.TryParseMoney(text, out var v))
            return v;
        ModelState.AddModelError($"Input.{field}", $"{label} must be an amount in pounds, like 1,250 or 99.50");
        return 0m;
    }

    private void Calculate()
    {
        if (WholeLifeCost.Validate(Purchase.WholeLife).Count == 0)
            WholeLife = WholeLifeCost.Calculate(Purchase.WholeLife);
    }
}
