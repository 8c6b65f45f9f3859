namespace CareCommissioning.Domain.Appraisals;

/// <summary>
/// The Green Book STPR schedules as restated after the February 2026 Green Book (METHODS §1.1). Year 1–30 is
/// "0–30 years from the base year": year 0 is undiscounted, years 1 to 30 step at the first rate, year 31 onwards at
/// the next.
/// </summary>
public static class GreenBookSchedules
{
    private const string Source = "HM Treasury Green Book (February 2026), rates as restated by DfT TAG, 16 April 2026";
    private static readonly DateOnly Effective = new(2026, 2, 5);

    public static readonly DiscountSchedule Standard = new(
        "standard",
        Effective,
        Source,
        [
            new(1, 30, 0.035m),
            new(31, 75, 0.03m),
            new(76, 125, 0.025m),
            new(126, 200, 0.02m),
            new(201, 300, 0.015m),
            new(301, null, 0.01m),
        ]
    );

    /// <summary>For health effects (QALYs, lives): the wealth effect removed.</summary>
    public static readonly DiscountSchedule Health = new(
        "health",
        Effective,
        Source,
        [
            new(1, 30, 0.015m),
            new(31, 75, 0.0129m),
            new(76, 125, 0.0107m),
            new(126, 200, 0.0086m),
            new(201, 300, 0.0064m),
            new(301, null, 0.0043m),
        ]
    );

    public static readonly IReadOnlyList<DiscountSchedule> All = [Standard, Health];

    public static DiscountSchedule? Find(string? name) =>
        All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
