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
        var keys = due.Select(d => d.Key).ToList();
        var sent = (
            await db.SentReminders.AsNoTracking().Where(s => keys.Contains(s.Key)).Select(s => s.Key).ToListAsync()
        ).ToHashSet();
        var count = 0;
        foreach (var (key, contract, date) in due.Where(d => !sent.Contains(d.Key)))
        {
            db.SentReminders.Add(new SentReminder { Key = key, SentAt = now });
            var title = $"{date.What.Split(',')[0]} of contract {contract.Reference} on {Display.Date(date.Date)}";
            var body = $"""
                Contract {contract.Reference}, {contract.Title}: {date.What.ToLowerInvariant()} on {Display.Date(
                    date.Date
                )}, in {date.DaysAway} days.

                See the contract at {address.Link(links.Contract(contract.Id))}
                """;
            await TellKeepersAsync(contract, title, body, now);
            try
            {
                await db.SaveChangesAsync();
                count++;
            }
            catch (DbUpdateException)
            {
                // Another node sent this one first: its record stands, and this node's messages are dropped.
            }
            db.ChangeTracker.Clear();
        }
        return count;
    }

    private async Task TellKeepersAsync(Contract contract, string title, string body, DateTimeOffset now)
    {
        var people = await (
            from m in db.Memberships.AsNoTracking()
            join u in db.Users.AsNoTracking() on m.UserId equals u.Id
            where m.OrganisationId == contract.OrganisationId && Keepers.Contains(m.Role)
            select new
            {
                u.Id,
                u.DisplayName,
                u.Email,
            }
        )
            .Distinct()
            .ToListAsync();
        foreach (var person in people)
        {
            var email = string.IsNullOrWhiteSpace(person.Email) ? null : person.Email;
            var notice = new Notice
            {
                OrganisationId = contract.OrganisationId,
                SubjectType = nameof(Contract),
                SubjectId = contract.Id,
                RecipientUserId = person.Id,
                RecipientName = person.DisplayName,
                Channel = email is null ? NoticeChannel.InApp : NoticeChannel.Email,
                Address = email,
                Format = "Standard",
                Title = title,
                Body = body,
                CreatedAt = now,
            };
            db.Notices.Add(notice);
            if (email is not null)
                db.Outbox.Add(
                    new OutboxMessage
                    {
                        NoticeId = notice.Id,
                        To = email,
                        Subject = title,
                        Body = body,
                        CreatedAt = now,
                    }
                );
        }
    }
}
