using System.Globalization;

namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>How often a provider sends its KPI return.</summary>
public enum ReturnFrequency
{
    Monthly = 1,

    /// <summary>Quarters of the UK financial year: April, July, October and January.</summary>
    Quarterly = 2,
}

public static class ReturnFrequencyNames
{
    public static string Display(ReturnFrequency value) =>
        value switch
        {
            ReturnFrequency.Monthly => "Monthly",
            ReturnFrequency.Quarterly => "Quarterly",
            _ => value.ToString(),
        };
}

/// <summary>A calendar month or financial-year quarter a KPI return covers, and the day the return is due.</summary>
public sealed record KpiReturnPeriod(ReturnFrequency Frequency, DateOnly Start, DateOnly End, DateOnly DueOn)
{
    /// <summary>"April 2026", or "Quarter 1 of 2026/27 (April to June 2026)".</summary>
    public string Name =>
        Frequency == ReturnFrequency.Quarterly
            ? $"Quarter {(Start.Month + 8) % 12 / 3 + 1} of {FinancialYear.Containing(Start)} "
                + $"({Month(Start)} to {Month(End)} {End.Year})"
            : $"{Month(Start)} {Start.Year}";

    private static string Month(DateOnly d) => d.ToString("MMMM", CultureInfo.InvariantCulture);
}

/// <summary>
/// The KPI returns a contract owes (CD-P18). Periods are whole calendar months, or whole quarters of the financial
/// year, that overlap the contract: a contract starting on 15 May owes a May return for its first 17 days, so a part
/// period at either end is still reported rather than lost. A return is due a set number of days after its period
/// ends, and late from the day after that.
/// </summary>
public static class KpiReturnPeriods
{
    /// <summary>The usual time to send a return: 15 calendar days after the period ends. Each contract may set its
    /// own.</summary>
    public const int DefaultDaysToReturn = 15;

    public const int MaxDaysToReturn = 90;

    /// <summary>Every period the contract from <paramref name="contractStart"/> to <paramref name="contractEnd"/>
    /// owes a return for, earliest first.</summary>
    public static IReadOnlyList<KpiReturnPeriod> For(
        ReturnFrequency frequency,
        DateOnly contractStart,
        DateOnly contractEnd,
        int daysToReturn = DefaultDaysToReturn
    )
    {
        if (daysToReturn is < 0 or > MaxDaysToReturn)
            throw new ArgumentOutOfRangeException(nameof(daysToReturn), daysToReturn, "0 to 90 days.");
        var periods = new List<KpiReturnPeriod>();
        for (
            var start = StartOf(frequency, contractStart);
            start <= contractEnd;
            start = start.AddMonths(Months(frequency))
        )
        {
            var end = start.AddMonths(Months(frequency)).AddDays(-1);
            periods.Add(new(frequency, start, end, end.AddDays(daysToReturn)));
        }
        return periods;
    }

    /// <summary>The periods whose returns are due on or before <paramref name="date"/>, earliest first.</summary>
    public static IReadOnlyList<KpiReturnPeriod> DueBy(
        ReturnFrequency frequency,
        DateOnly contractStart,
        DateOnly contractEnd,
        DateOnly date,
        int daysToReturn = DefaultDaysToReturn
    ) => [.. For(frequency, contractStart, contractEnd, daysToReturn).Where(p => p.DueOn <= date)];

    /// <summary>The returns not received whose due day has passed: one due today is not late until tomorrow.</summary>
    /// <param name="received">The first days of the periods whose returns have come in.</param>
    public static IReadOnlyList<KpiReturnPeriod> Late(
        ReturnFrequency frequency,
        DateOnly contractStart,
        DateOnly contractEnd,
        IReadOnlyCollection<DateOnly> received,
        DateOnly today,
        int daysToReturn = DefaultDaysToReturn
    ) =>
        [
            .. For(frequency, contractStart, contractEnd, daysToReturn)
                .Where(p => p.DueOn < today && !received.Contains(p.Start)),
        ];

    /// <summary>
    /// Why a return cannot be recorded for the period starting <paramref name="periodStart"/>, or null when it can:
    /// the period must be one of the frequency's, must overlap the contract, and must not be closed (a return once
    /// accepted closes its period, so the figures a rating was published from cannot change underneath it).
    /// </summary>
    /// <param name="closedPeriods">The first days of the closed periods.</param>
    public static FieldError? RefuseReturn(
        ReturnFrequency frequency,
        DateOnly periodStart,
        DateOnly contractStart,
        DateOnly contractEnd,
        IReadOnlyCollection<DateOnly> closedPeriods
    )
    {
        if (StartOf(frequency, periodStart) != periodStart)
            return new(
                "Period",
                frequency == ReturnFrequency.Quarterly
                    ? "Select a quarter of the financial year: it starts on 1 April, 1 July, 1 October or 1 January"
                    : "Select a month: it starts on the 1st"
            );
        var periodEnd = periodStart.AddMonths(Months(frequency)).AddDays(-1);
        if (periodEnd < contractStart || periodStart > contractEnd)
            return new(
                "Period",
                $"The contract runs from {DateText.Format(contractStart)} to {DateText.Format(contractEnd)}: "
                    + "select a period within it"
            );
        return closedPeriods.Contains(periodStart)
            ? new("Period", "The return for this period has been accepted and the period closed: it cannot change")
            : null;
    }

    public static DateOnly StartOf(ReturnFrequency frequency, DateOnly day)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        // Financial-year quarters start in January, April, July and October, which are months 1, 4, 7 and 10.
        return frequency == ReturnFrequency.Quarterly ? month.AddMonths(-((day.Month - 1) % 3)) : month;
    }

    private static int Months(ReturnFrequency frequency) => frequency == ReturnFrequency.Quarterly ? 3 : 1;
}
