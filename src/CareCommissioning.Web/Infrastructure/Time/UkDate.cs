namespace CareCommissioning.Web.Infrastructure.Time;

/// <summary>Today's date in the UK, which decides the thresholds and the purchasing rules in force.</summary>
public static class UkDate
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTime).DateTime);
}
