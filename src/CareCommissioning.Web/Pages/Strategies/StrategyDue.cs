namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>How far ahead the library looks at evaluations falling due (EV-P21).</summary>
public static class StrategyDue
{
    /// <summary>The due list shows evaluations overdue or due within this many days.</summary>
    public const int WithinDays = 90;

    /// <summary>The keepers are reminded this many days before an evaluation falls due, and again on the day.</summary>
    public const int RemindDaysAhead = 30;
}
