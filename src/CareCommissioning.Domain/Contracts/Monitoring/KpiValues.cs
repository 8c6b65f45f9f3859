using System.Globalization;

namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>
/// Which values a KPI of each unit can take, how they are read from what a provider types, and how they are written:
/// a value of the wrong kind is refused with a message rather than rated, because a rating built on "104%" or "2.5
/// complaints" would be published in a contract performance notice.
/// </summary>
public static class KpiValues
{
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    /// <summary>Why <paramref name="value"/> cannot be a value of <paramref name="unit"/>, or null when it
    /// can.</summary>
    public static FieldError? Refuse(KpiUnit unit, decimal value, string field = "Value")
    {
        var problem = unit switch
        {
            _ when Math.Abs(value) > MaxMagnitude => "Value is too large",
            KpiUnit.Percentage when value is < 0 or > 100 => "A percentage must be from 0 to 100",
            KpiUnit.Count when value < 0 => "A count cannot be negative",
            KpiUnit.Count when value != decimal.Truncate(value) => "A count must be a whole number",
            KpiUnit.Money when value < 0 => "An amount of money must be £0 or more",
            KpiUnit.Money when !HasAtMost2Places(value) => "Enter money in pounds and pence: at most 2 decimal places",
            KpiUnit.Hours or KpiUnit.Minutes when value < 0 => $"{KpiUnitNames.Display(unit)} cannot be negative",
            KpiUnit.YesNo when value is not (0m or 1m) => "Enter yes or no",
            // Providers report to 2 decimal places at most; more would suggest precision the returns do not have.
            _ when !HasAtMost2Places(value) => "Enter the value to at most 2 decimal places",
            _ => null,
        };
        return problem is null ? null : new FieldError(field, problem);
    }

    /// <summary>
    /// Reads a value as typed: "96", "96.5%", "£1,250.50", "1,200", "yes". Returns the reason it cannot be read or
    /// is of the wrong kind, or null with <paramref name="value"/> set.
    /// </summary>
    public static FieldError? Parse(KpiUnit unit, string? text, out decimal value, string field = "Value")
    {
        value = 0m;
        var t = text?.Trim() ?? "";
        if (t.Length == 0)
            return new(field, unit == KpiUnit.YesNo ? "Select yes or no" : "Enter the value");
        if (unit == KpiUnit.YesNo)
        {
            if (t.Equals("yes", StringComparison.OrdinalIgnoreCase))
                value = 1m;
            else if (!t.Equals("no", StringComparison.OrdinalIgnoreCase))
                return new(field, "Enter yes or no");
            return null;
        }
        var number = unit switch
        {
            KpiUnit.Percentage => t.EndsWith('%') ? t[..^1].TrimEnd() : t,
            KpiUnit.Money => t.Replace("£", "", StringComparison.Ordinal),
            _ => t,
        };
        if (
            !decimal.TryParse(
                number,
                NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands,
                CultureInfo.InvariantCulture,
                out value
            )
        )
            return new(field, unit == KpiUnit.Money ? "Enter an amount, like 1250.50" : "Enter a number, like 95.5");
        return Refuse(unit, value, field);
    }

    /// <summary>A value as people read it: "96%", "12", "£1,250.50", "7.5 hours", "30 minutes", "Yes".</summary>
    public static string Format(KpiUnit unit, decimal value) =>
        unit switch
        {
            KpiUnit.Percentage => Number(value) + "%",
            KpiUnit.Money => MoneyText.InText(value),
            KpiUnit.Hours => Number(value) + (value == 1 ? " hour" : " hours"),
            KpiUnit.Minutes => Number(value) + (value == 1 ? " minute" : " minutes"),
            KpiUnit.YesNo => value == 1 ? "Yes" : "No",
            _ => Number(value),
        };

    /// <summary>A distance from the target: a percentage's is in percentage points, since 93% is 2 points short of 95%,
    /// not 2% short.</summary>
    public static string FormatDistance(KpiUnit unit, decimal distance) =>
        unit == KpiUnit.Percentage
            ? Number(distance) + (distance == 1 ? " percentage point" : " percentage points")
            : Format(unit, distance);

    private static bool HasAtMost2Places(decimal value) => decimal.Round(value, 2) == value;

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
