using System.Globalization;

namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// The months a pool's spend is kept by (<see cref="SchemeSpend.Month"/>, the first day of a calendar month): those of
/// a financial year, a month as people and finance systems write it, and a year's planned spend phased over its
/// months.
/// </summary>
public static class SpendMonths
{
    public const decimal MaxAmount = 10_000_000_000m;

    private static readonly string[] Formats =
    [
        "yyyy-MM",
        "yyyy-M",
        "yyyy-MM-dd",
        "MMM yyyy",
        "MMMM yyyy",
        "MMM-yyyy",
        "MMM-yy",
        "MMM yy",
        "MM/yyyy",
        "M/yyyy",
        "dd/MM/yyyy",
    ];

    /// <summary>The twelve months of a financial year, April first.</summary>
    public static IReadOnlyList<DateOnly> Of(FinancialYear year) =>
        Enumerable.Range(0, 12).Select(i => year.Start.AddMonths(i)).ToList();

    /// <summary>"2026-04", "Apr 2026", "April 2026", "04/2026", "01/04/2026", or a spreadsheet's date serial number,
    /// as the first day of that month.</summary>
    public static bool TryParse(string? text, out DateOnly month)
    {
        month = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
            return false;
        if (
            DateTime.TryParseExact(
                text,
                Formats,
                CultureInfo.GetCultureInfo("en-GB"),
                DateTimeStyles.AllowWhiteSpaces,
                out var date
            )
        )
        {
            month = new DateOnly(date.Year, date.Month, 1);
            return true;
        }
        // An Excel cell formatted as a date holds the days since 30 December 1899.
        if (
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial)
            && serial is > 20_000 and < 80_000
        )
        {
            var day = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            month = new DateOnly(day.Year, day.Month, 1);
            return true;
        }
        return false;
    }

    /// <summary>How a month is written in a spend file and the API: "2026-04".</summary>
    public static string Text(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// A year's amount spread equally over its twelve months to the penny: each month gets the amount ÷ 12 cut to
    /// whole pence, and the pence left over go one each to the first months, so the months add up to the amount
    /// exactly.
    /// </summary>
    public static IReadOnlyList<(DateOnly Month, decimal Amount)> Phase(FinancialYear year, decimal annual)
    {
        var pence = decimal.Round(annual * 100m);
        var each = decimal.Truncate(pence / 12m);
        var left = pence - each * 12m;
        return Of(year).Select((m, i) => (m, (each + (i < left ? 1m : 0m)) / 100m)).ToList();
    }

    /// <summary>An amount in pounds and pence, £0 (or, when <paramref name="negativeAllowed"/>, a credit) up to £10
    /// billion; null when it is acceptable, else what is wrong, starting with <paramref name="what"/>.</summary>
    public static string? MoneyProblem(decimal amount, string what, bool negativeAllowed = false) =>
        !negativeAllowed && amount < 0 ? $"{what} must be £0 or more"
        : Math.Abs(amount) > MaxAmount ? $"{what} must be £10,000,000,000 or less"
        : decimal.Round(amount, 2) != amount ? $"{what} must be in pounds and pence: at most 2 decimal places"
        : null;

    /// <summary>"£1,250.50", "1250.5", "-300" as a number; no thousands separators other than commas.</summary>
    public static bool TryParseMoney(string text, out decimal amount) =>
        decimal.TryParse(
            text.Replace(",", "").Replace("£", "").Trim(),
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out amount
        );
}
