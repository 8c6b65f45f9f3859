using System.Globalization;

namespace CareCommissioning.Domain.Common;

/// <summary>A date as GOV.UK writes it, "1 April 2027", whatever the server's culture: the one place a date becomes
/// text.</summary>
public static class DateText
{
    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A month of a year, like "April 2026".</summary>
    public static string MonthYear(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
