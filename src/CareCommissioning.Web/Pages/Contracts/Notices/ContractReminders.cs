using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Infrastructure.Security;

namespace CareCommissioning.Web.Pages.Contracts.Notices;

/// <summary>
/// Reminds the people who keep an organisation's contracts of a running contract's review (30 days ahead), break and
/// end (90 days ahead), in the app and by e-mail. Each date is reminded of once, however many web nodes check (<see
/// cref="SentReminder"/>); a date that is changed is reminded of again.
/// </summary>
public sealed class ContractReminders(AppDbContext db, LinkGenerator links, PublicAddress address) : IReminderCheck
{
    private static readonly Role[] Keepers = Policies.RolesFor[Policies.ContractsWrite];

    public async Task<int> RemindAsync(DateTimeOffset now)
    {
        var today = UkCalendar.DateOf(now);
        var until = today.AddDays(ContractDates.ExpiringWithinDays);
        var running = await db
            .Contracts.AsNoTracking()
            .Where(c =>
                (c.Status == ContractStatus.Active || c.Status == ContractStatus.Draft)
                && (
                    (c.EndDate >= today && c.EndDate <= until)
                    || (c.BreakDate != null && c.BreakDate >= today && c.BreakDate <= until)
                    || (c.ReviewDate != null && c.ReviewDate >= today && c.ReviewDate <= until)
                )
            )
            .ToListAsync();
        var due = running
            .SelectMany(c => ContractDates.ToRemind(c, today).Select(d => (Contract: c, Date: d)))
            .Select(x =>
                (
                    Key: $"contract-{x.Date.What.Split(',')[0].ToLowerInvariant()}:{x.Contract.Id}:{x.Date.Date:yyyy-MM-dd}",
                    x.Contract,
                    x.Date
                )
            )
            .ToList();
        return await ReminderLedger.SendOnceAsync(
            db,
            due.Select(d => new ReminderLedger.Due(d.Key, () => TellKeepersAsync(d.Contract, d.Date, now))).ToList(),
            now
        );
    }

    private Task<int> TellKeepersAsync(Contract contract, ContractDate date, DateTimeOffset now)
    {
        var title = $"{date.What.Split(',')[0]} of contract {contract.Reference} on {Display.Date(date.Date)}";
        var body = $"""
            Contract {contract.Reference}, {contract.Title}: {date.What.ToLowerInvariant()} on {Display.Date(
                date.Date
            )}, in {date.DaysAway} days.

            See the contract at {address.Link(links.Contract(contract.Id))}
            """;
        return PeopleNotices.TellAsync(
            db,
            nameof(Contract),
            contract.Id,
            [contract.OrganisationId],
            Keepers,
            null,
            title,
            body,
            now
        );
    }
}
