using CareCommissioning.Domain.Appraisals;

namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// What a purchase costs over its life (PU-P7), in real base-year pounds. Year 0 is the purchase (price plus delivery
/// and installation); years 1 to <see cref="LifeYears"/> carry the running and maintenance costs; disposal falls in the
/// last year. A plain class so it can be stored with the purchase request.
/// </summary>
public sealed class WholeLifeCostInputs
{
    public decimal PurchasePrice { get; set; }
    public decimal DeliveryAndInstallation { get; set; }
    public decimal RunningCostPerYear { get; set; }
    public decimal MaintenanceCostPerYear { get; set; }
    public decimal DisposalCost { get; set; }
    public int LifeYears { get; set; } = 1;
}

public sealed record WholeLifeCostYear(
    int Year,
    decimal Purchase,
    decimal Running,
    decimal Maintenance,
    decimal Disposal,
    decimal Total,
    decimal DiscountFactor,
    decimal PresentValue
);

public sealed record WholeLifeCostResult(
    IReadOnlyList<WholeLifeCostYear> Years,
    decimal Total,
    decimal PresentValue,
    string Schedule
);

/// <summary>The undiscounted and discounted whole-life cost, discounted with the Green Book standard schedule (METHODS
/// §1.1–1.2).</summary>
public static class WholeLifeCost
{
    public const int MaxLifeYears = 50;
    public const decimal MaxAmount = 1_000_000_000m;

    public static IReadOnlyList<FieldError> Validate(WholeLifeCostInputs c)
    {
        var errors = new FieldErrors();
        Amount(errors, "PurchasePrice", "Purchase price", c.PurchasePrice);
        Amount(errors, "DeliveryAndInstallation", "Delivery and installation", c.DeliveryAndInstallation);
        Amount(errors, "RunningCostPerYear", "Running cost per year", c.RunningCostPerYear);
        Amount(errors, "MaintenanceCostPerYear", "Maintenance cost per year", c.MaintenanceCostPerYear);
        Amount(errors, "DisposalCost", "Disposal cost", c.DisposalCost);
        errors.When(
            c.LifeYears is < 1 or > MaxLifeYears,
            nameof(c.LifeYears),
            $"Life must be between 1 and {MaxLifeYears} years"
        );
        if (
            errors.Count == 0
            && c.PurchasePrice
                + c.DeliveryAndInstallation
                + c.RunningCostPerYear
                + c.MaintenanceCostPerYear
                + c.DisposalCost
                == 0
        )
            errors.Add(nameof(c.PurchasePrice), "Enter at least one cost");
        return errors;
    }

    /// <summary>The year-by-year breakdown, the undiscounted total and the present value; throws on invalid
    /// inputs.</summary>
    public static WholeLifeCostResult Calculate(WholeLifeCostInputs c, DiscountSchedule? schedule = null)
    {
        var errors = Validate(c);
        if (errors.Count > 0)
            throw new ArgumentException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")), nameof(c));
        schedule ??= GreenBookSchedules.Standard;
        var factors = Discounting.Factors(schedule, c.LifeYears);
        var years = new List<WholeLifeCostYear>(c.LifeYears + 1);
        for (var t = 0; t <= c.LifeYears; t++)
        {
            var purchase = t == 0 ? c.PurchasePrice + c.DeliveryAndInstallation : 0m;
            var running = t == 0 ? 0m : c.RunningCostPerYear;
            var maintenance = t == 0 ? 0m : c.MaintenanceCostPerYear;
            var disposal = t == c.LifeYears ? c.DisposalCost : 0m;
            var total = purchase + running + maintenance + disposal;
            years.Add(new(t, purchase, running, maintenance, disposal, total, factors[t], total * factors[t]));
        }
        return new(years, years.Sum(y => y.Total), years.Sum(y => y.PresentValue), schedule.Name);
    }

    private static void Amount(FieldErrors errors, string field, string label, decimal value)
    {
        if (value < 0)
            errors.Add(field, $"{label} must be £0 or more");
        else if (value > MaxAmount)
            errors.Add(field, $"{label} must be £1,000,000,000 or less");
    }
}
