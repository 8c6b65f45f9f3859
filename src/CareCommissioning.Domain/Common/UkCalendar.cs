namespace CareCommissioning.Domain.Common;

/// <summary>
/// The one UK calendar: which day it is in the UK (Europe/London, GMT in winter and BST in summer) and which
/// financial year. Every "today" goes through here, so a deadline, a rule in force or a budget year turns over at UK
/// midnight, not UTC's.
/// </summary>
public static class UkCalendar
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today in the UK by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The financial year that today in the UK falls in.</summary>
    public static FinancialYear ThisFinancialYear(TimeProvider clock) => FinancialYear.Containing(Today(clock));

    /// <summary>The UK calendar day an instant falls on.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime(instant).DateTime);

    /// <summary>The instant as a UK wall clock shows it (offset +00:00 or +01:00).</summary>
    public static DateTimeOffset LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London);

    /// <summary>The instant a UK calendar day begins (UK midnight).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, London.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
