using System.Globalization;

namespace CareCommissioning.Web.Infrastructure.Formatting;

/// <summary>Reads numbers as people type them: "£1,250.50", "1 250", "3.5%".</summary>
public static class NumberInput
{
    public static bool TryParseMoney(string? text, out decimal value) =>
        decimal.TryParse(
            Clean(text)?.TrimStart('£'),
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out value
        );

    public static bool TryParseNumber(string? text, out decimal value) =>
        decimal.TryParse(
            Clean(text),
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out value
        );

    /// <summary>A percentage as typed ("3.5" or "3.5%") to a fraction (0.035).</summary>
    public static bool TryParsePercent(string? text, out decimal fraction)
    {
        var ok = decimal.TryParse(
            Clean(text)?.TrimEnd('%'),
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out var percent
        );
        fraction = percent / 100m;
        return ok;
    }

    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.###", CultureInfo.InvariantCulture);

    public static string Plain(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string? Clean(string? text) => text?.Trim().Replace(",", "").Replace(" ", "");
}
