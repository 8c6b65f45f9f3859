using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Infrastructure.Security;

namespace CareCommissioning.Web.Pages.Strategies.Notices;

/// <summary>
/// Reminds the people who keep an organisation's evaluations of a strategy's next evaluation (EV-P21): 30 days before
/// it is due, and on the day it falls due (or, if no check ran that day, when it is first found overdue), in the app
/// and by e-mail. Each is sent once, however many web nodes check; a due date that is changed is reminded of again.
/// </summary>
public sealed class EvaluationReminders(AppDbContext db, LinkGenerator links, PublicAddress address) : IReminderCheck
{
    private static readonly Role[] Keepers = Policies.RolesFor[Policies.EvaluationsWrite];

    public async Task<int> RemindAsync(DateTimeOffset now)
    {
        var today = UkCalendar.DateOf(now);
        var until = today.AddDays(StrategyDue.RemindDaysAhead);
        var scheduled = await db
            .Strategies.AsNoTracking()
            .Where(s =>
                s.NextEvaluationDue != null
                && s.NextEvaluationDue <= until
                && (s.Status == StrategyStatus.Current || s.Status == StrategyStatus.UnderReview)
            )
            .ToListAsync();
        var due = scheduled
            .Select(s =>
            {
                var on = s.NextEvaluationDue!.Value;
                var key =
                    on <= today
                        ? $"strategy-evaluation-due:{s.Id}:{on:yyyy-MM-dd}"
                        : $"strategy-evaluation-ahead:{s.Id}:{on:yyyy-MM-dd}";
                return new ReminderLedger.Due(key, () => TellKeepersAsync(s, on, today, now));
            })
            .ToList();
        return await ReminderLedger.SendOnceAsync(db, due, now);
    }

    private Task<int> TellKeepersAsync(Strategy strategy, DateOnly on, DateOnly today, DateTimeOffset now)
    {
        var when =
            on > today ? $"is due on {Display.Date(on)}, in {on.DayNumber - today.DayNumber} days"
            : on == today ? "is due today"
            : $"was due on {Display.Date(on)} and is overdue";
        var title =
            on > today
                ? $"Evaluation of {strategy.Title} due on {Display.Date(on)}"
                : $"Evaluation of {strategy.Title} is due";
        var every = strategy.EvaluationIntervalMonths is { } m ? $" It is evaluated every {m} months." : "";
        var body = $"""
            The evaluation of {strategy.Title} {when}.{every}

            Start the evaluation from the strategy's page at {address.Link(links.Strategy(strategy.Id))}
            """;
        return PeopleNotices.TellAsync(
            db,
            nameof(Strategy),
            strategy.Id,
            [strategy.OrganisationId],
            Keepers,
            null,
            title,
            body,
            now
        );
    }
}
