using System.Globalization;

namespace CareCommissioning.Web.Infrastructure.TagHelpers;

/// <summary>A date as typed into the three GOV.UK date fields; kept as text so a wrong answer is shown back as
/// typed.</summary>
public sealed class DateInputModel
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInputModel From(DateOnly? date) =>
        date is { } d
            ? new DateInputModel
            {
                Day = d.Day.ToString(CultureInfo.InvariantCulture),
                Month = d.Month.ToString(CultureInfo.InvariantCulture),
                Year = d.Year.ToString(CultureInfo.InvariantCulture),
            }
            : new DateInputModel();

    /// <summary>Parses the three parts. Returns a GOV.UK-style message naming what is wrong, or null when it is a real
    /// date.</summary>
    public string? TryParse(string what, out DateOnly? date)
    {
        date = null;
        if (IsEmpty)
            return null;
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day))
            missing.Add("day");
        if (string.IsNullOrWhiteSpace(Month))
            missing.Add("month");
        if (string.IsNullOrWhiteSpace(Year))
            missing.Add("year");
        if (missing.Count > 0)
            return $"{what} must include a {string.Join(" and ", missing)}";
        if (
            !int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        )
            return $"{what} must be a real date, written in numbers";
        if (y < 1900 || y > 2100)
            return $"{what} must have a year between 1900 and 2100";
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            return $"{what} must be a real date";
        date = new DateOnly(y, m, d);
        return null;
    }
}
