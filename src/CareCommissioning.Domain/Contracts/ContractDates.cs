namespace CareCommissioning.Domain.Contracts;

/// <summary>A date ahead in a contract's life that someone must act on.</summary>
public sealed record ContractDate(string What, DateOnly Date, int DaysAway);

/// <summary>What is next for a contract: its review, break and end dates still to come, soonest first.</summary>
public static class ContractDates
{
    /// <summary>The window the register's "expiring soon" filter and reminders use.</summary>
    public const int ExpiringWithinDays = 90;

    public static IReadOnlyList<ContractDate> Ahead(Contract c, DateOnly today)
    {
        var dates = new List<ContractDate>();
        void Add(string what, DateOnly? date)
        {
            if (date is { } d && d >= today)
                dates.Add(new(what, d, d.DayNumber - today.DayNumber));
        }
        Add("Review", c.ReviewDate);
        Add("Break", c.BreakDate);
        Add(c.ExtensionMonthsAvailable > 0 ? "End, unless extended" : "End", c.EndDate);
        return dates.OrderBy(d => d.Date).ToList();
    }

    /// <summary>Days ahead a review is reminded of; a break or the end is reminded of <see
    /// cref="ExpiringWithinDays"/> ahead.</summary>
    public const int ReviewRemindedDaysAhead = 30;

    /// <summary>
    /// The dates of a running contract (draft or active) that are within their reminder window today: a review within
    /// <see cref="ReviewRemindedDaysAhead"/> days, a break or the end within <see cref="ExpiringWithinDays"/> days.
    /// </summary>
    public static IReadOnlyList<ContractDate> ToRemind(Contract c, DateOnly today) =>
        ContractStatusNames.IsOpen(c.Status)
            ? Ahead(c, today)
                .Where(d => d.DaysAway <= (d.What == "Review" ? ReviewRemindedDaysAhead : ExpiringWithinDays))
                .ToList()
            : [];

    public static bool IsExpiringSoon(Contract c, DateOnly today) =>
        c.EndDate >= today && c.EndDate.DayNumber - today.DayNumber <= ExpiringWithinDays;
}
