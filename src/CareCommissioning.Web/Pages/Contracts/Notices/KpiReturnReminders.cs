using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Pages.Contracts.Monitoring;

namespace CareCommissioning.Web.Pages.Contracts.Notices;

/// <summary>
/// Reminds a running contract's provider (its organisation's Provider users) of a KPI return due within 7 days, and
/// tells both the provider and the contract's keepers once a return is late, in the app and by e-mail. Each reminder
/// goes once, however many web nodes check (<see cref="ReminderLedger"/>).
/// </summary>
public sealed class KpiReturnReminders(AppDbContext db, LinkGenerator links, PublicAddress address) : IReminderCheck
{
    public const int DaysAhead = 7;

    private static readonly Role[] Keepers = Policies.RolesFor[Policies.ContractsWrite];

    public async Task<int> RemindAsync(DateTimeOffset now)
    {
        var today = UkCalendar.DateOf(now);
        var running = db.Contracts.Where(c =>
            c.Status == ContractStatus.Active && c.ProviderOrganisationId != null && c.StartDate <= today
        );
        var kpis = (
            await db
                .ContractKpis.AsNoTracking()
                .Where(k => running.Select(c => c.Id).Contains(k.ContractId))
                .ToListAsync()
        ).ToLookup(k => k.ContractId);
        if (kpis.Count == 0)
            return 0;
        var contracts = await running
            .AsNoTracking()
            .Where(c => db.ContractKpis.Any(k => k.ContractId == c.Id))
            .ToListAsync();
        var received = (
            await db
                .ContractKpiReturns.Where(r => running.Select(c => c.Id).Contains(r.ContractId))
                .Select(r => new { r.ContractId, r.PeriodStart })
                .ToListAsync()
        ).ToLookup(r => r.ContractId, r => r.PeriodStart);
        var due = new List<ReminderLedger.Due>();
        foreach (var c in contracts)
        {
            var got = received[c.Id].ToHashSet();
            var periods = kpis[c.Id]
                .SelectMany(k => k.Periods(c.StartDate, c.EndDate))
                .GroupBy(p => p.Start)
                .Where(g => !got.Contains(g.Key))
                .Select(g => (Period: g.MaxBy(p => p.End)!, DueOn: g.Max(p => p.DueOn)));
            foreach (var (period, dueOn) in periods)
            {
                var days = dueOn.DayNumber - today.DayNumber;
                if (days is >= 0 and <= DaysAhead)
                    due.Add(
                        new($"kpi-return-due:{c.Id}:{period.Start:yyyy-MM-dd}", () =>
                            TellDueAsync(c, period.Name, period.Start, dueOn, days, now)
                        )
                    );
                else if (days < 0)
                    due.Add(
                        new($"kpi-return-late:{c.Id}:{period.Start:yyyy-MM-dd}", () =>
                            TellLateAsync(c, period.Name, period.Start, dueOn, -days, now)
                        )
                    );
            }
        }
        return await ReminderLedger.SendOnceAsync(db, due, now);
    }

    private Task<int> TellDueAsync(
        Contract c,
        string period,
        DateOnly start,
        DateOnly dueOn,
        int days,
        DateTimeOffset now
    )
    {
        var title = $"KPI return for contract {c.Reference} due on {Display.Date(dueOn)}";
        var body = $"""
            Contract {c.Reference}, {c.Title}: the KPI return for {period} is due on {Display.Date(dueOn)}, {(
                days == 0 ? "today"
                : days == 1 ? "tomorrow"
                : $"in {days} days"
            )}.

            Send it at {address.Link(links.ContractReturn(c.Id, start))}
            """;
        return PeopleNotices.TellAsync(
            db,
            nameof(Contract),
            c.Id,
            [c.ProviderOrganisationId!.Value],
            [Role.Provider],
            null,
            title,
            body,
            now
        );
    }

    private async Task TellLateAsync(
        Contract c,
        string period,
        DateOnly start,
        DateOnly dueOn,
        int daysLate,
        DateTimeOffset now
    )
    {
        var title = $"KPI return for contract {c.Reference} is late";
        var late = daysLate == 1 ? "1 day" : $"{daysLate} days";
        var body = $"""
            Contract {c.Reference}, {c.Title}: the KPI return for {period} was due on {Display.Date(
                dueOn
            )} and is {late} late.

            Send it at {address.Link(links.ContractReturn(c.Id, start))}
            """;
        await PeopleNotices.TellAsync(
            db,
            nameof(Contract),
            c.Id,
            [c.ProviderOrganisationId!.Value],
            [Role.Provider],
            null,
            title,
            body,
            now
        );
        await PeopleNotices.TellAsync(
            db,
            nameof(Contract),
            c.Id,
            [c.OrganisationId],
            Keepers,
            null,
            title,
            $"""
            Contract {c.Reference}, {c.Title}: the provider's KPI return for {period} was due on {Display.Date(
                dueOn
            )} and is {late} late.

            See the contract at {address.Link(links.Contract(c.Id))}
            """,
            now
        );
    }
}
