namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// The periods a measure is reported for, each named by its first day: a calendar month; a quarter of the UK
/// financial year (April, July, October, January); or a financial year (1 April).
/// </summary>
public static class MeasurePeriods
{
    public static bool IsStart(MeasureFrequency frequency, DateOnly day) =>
        day.Day == 1
        && frequency switch
        {
            MeasureFrequency.Monthly => true,
            MeasureFrequency.Quarterly => day.Month % 3 == 1,
            MeasureFrequency.Yearly => day.Month == 4,
            _ => false,
        };

    /// <summary>The periods that have started from <paramref name="from"/>'s period up to <paramref name="today"/>'s,
    /// newest first.</summary>
    public static IReadOnlyList<DateOnly> Between(MeasureFrequency frequency, DateOnly from, DateOnly today)
    {
        var periods = new List<DateOnly>();
        for (var p = StartOf(frequency, today); p >= StartOf(frequency, from); p = p.AddMonths(-Months(frequency)))
            periods.Add(p);
        return periods;
    }

    public static DateOnly StartOf(MeasureFrequency frequency, DateOnly day)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        return frequency switch
        {
            MeasureFrequency.Quarterly => month.AddMonths(-((day.Month - 1) % 3)),
            MeasureFrequency.Yearly => FinancialYear.Containing(day).Start,
            _ => month,
        };
    }

    public static int Months(MeasureFrequency frequency) =>
        frequency switch
        {
            MeasureFrequency.Quarterly => 3,
            MeasureFrequency.Yearly => 12,
            _ => 1,
        };

    /// <summary>The period in words: "April 2026", "Quarter 1 of 2026/27 (April to June 2026)", "2026/27".</summary>
    public static string Name(MeasureFrequency frequency, DateOnly start) =>
        frequency switch
        {
            MeasureFrequency.Quarterly =>
                $"Quarter {QuarterOf(start)} of {FinancialYear.Containing(start)} ({MonthName(start)} to {MonthName(start.AddMonths(2))} {start.AddMonths(2).Year})",
            MeasureFrequency.Yearly => FinancialYear.Containing(start).ToString(),
            _ => $"{MonthName(start)} {start.Year}",
        };

    /// <summary>A short name for charts and files: "Apr 2026", "2026/27 Q1", "2026/27".</summary>
    public static string ShortName(MeasureFrequency frequency, DateOnly start) =>
        frequency switch
        {
            MeasureFrequency.Quarterly => $"{FinancialYear.Containing(start)} Q{QuarterOf(start)}",
            MeasureFrequency.Yearly => FinancialYear.Containing(start).ToString(),
            _ => $"{MonthName(start)[..3]} {start.Year}",
        };

    private static int QuarterOf(DateOnly start) => (start.Month + 8) % 12 / 3 + 1;

    private static string MonthName(DateOnly d) =>
        System.Globalization.CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(d.Month);
}
