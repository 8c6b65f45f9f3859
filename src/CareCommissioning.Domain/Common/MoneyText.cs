using System.Globalization;

namespace CareCommissioning.Domain.Common;

/// <summary>
/// Money as people read it, in pounds sterling: "£1,250.50", "-£3.00". The one place money becomes text: amounts stay
/// decimal at full precision everywhere else and are rounded to the penny, half away from zero, only here (DESIGN §5).
/// </summary>
public static class MoneyText
{
    /// <summary>Always to the penny, for tables and figures: "£1,250.00", "-£0.50", "£0.00".</summary>
    public static string Format(decimal pounds) =>
        Write(Math.Round(pounds, 2, MidpointRounding.AwayFromZero), "#,0.00");

    /// <summary>Without ".00" when the amount is whole pounds, for running text and ranges: "£5,000",
    /// "£5,000.50".</summary>
    public static string InText(decimal pounds)
    {
        var rounded = Math.Round(pounds, 2, MidpointRounding.AwayFromZero);
        return Write(rounded, rounded == decimal.Truncate(rounded) ? "#,0" : "#,0.00");
    }

    /// <summary>To the nearest pound, half away from zero, for wide tables of large sums that say so: "£80,177,900",
    /// "-£477,900".</summary>
    public static string WholePounds(decimal pounds) =>
        Write(Math.Round(pounds, 0, MidpointRounding.AwayFromZero), "#,0");

    /// <summary>
    /// Short, for chart axes where a full amount will not fit: "£1.3m", "£25k", "£400", "-£2k". Each chart also shows
    /// its data table with the full amounts.
    /// </summary>
    public static string Abbreviated(decimal pounds)
    {
        var size = Math.Abs(pounds);
        var text = size switch
        {
            >= 1_000_000m => (size / 1_000_000m).ToString("0.0", CultureInfo.InvariantCulture) + "m",
            >= 1_000m => (size / 1_000m).ToString("0", CultureInfo.InvariantCulture) + "k",
            _ => size.ToString("0", CultureInfo.InvariantCulture),
        };
        return (pounds < 0 && text.Any(c => c is >= '1' and <= '9') ? "-£" : "£") + text;
    }

    // The sign goes before the pound sign, as GOV.UK writes it; a value that rounds to zero has no sign.
    private static string Write(decimal rounded, string pattern) =>
        (rounded < 0 ? "-£" : "£") + Math.Abs(rounded).ToString(pattern, CultureInfo.InvariantCulture);
}
