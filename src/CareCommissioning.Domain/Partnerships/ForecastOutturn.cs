namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// What a scheme is expected to have spent by the end of the year (PB-P15): the actual of every month that has one
/// (the finance system closed it), and for the rest the forecast, or the budget where no forecast is given (the month
/// is expected to go to plan). A month that has ended without an actual is counted, so the page can say the figure
/// leans on a forecast where an actual is due.
/// </summary>
public static class ForecastOutturn
{
    public sealed record Figures(decimal Budget, decimal ActualToDate, decimal Outturn, int EndedWithoutActual)
    {
        /// <summary>Outturn − budget: positive is an overspend.</summary>
        public decimal Variance => Outturn - Budget;
    }

    /// <param name="months">The scheme's months of one year (or of several schemes, for a total).</param>
    /// <param name="today">Months ending before it are over and should have an actual.</param>
    public static Figures Of(IEnumerable<SchemeSpend> months, DateOnly today)
    {
        decimal budget = 0,
            actual = 0,
            outturn = 0;
        var missing = 0;
        foreach (var m in months)
        {
            budget += m.Budget;
            actual += m.Actual ?? 0;
            outturn += m.Actual ?? m.Forecast ?? m.Budget;
            if (m.Actual is null && m.Month.AddMonths(1) <= today)
                missing++;
        }
        return new Figures(budget, actual, outturn, missing);
    }
}
