using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Pages.Partnerships.Returns;

namespace CareCommissioning.Web.Pages.Partnerships.Notices;

/// <summary>
/// Reminds the partners of running pools (PB-P15): of each quarterly or year-end return two weeks before it is due
/// and once it is overdue (for three months after), and of a round of the agreement's negotiation whose answer date
/// has passed. Each reminder is sent once, however many web nodes check (<see cref="SentReminder"/>).
/// </summary>
public sealed class PartnershipReminders(AppDbContext db, LinkGenerator links, PublicAddress address) : IReminderCheck
{
    public const int DaysBeforeDue = 14;
    public const int DaysOverdueReminded = 90;

    private sealed record Reminder(string Key, Guid Partnership, string Title, string Body);

    public async Task<int> RemindAsync(DateTimeOffset now)
    {
        var today = UkCalendar.DateOf(now);
        var owed = await OwedReturns.DueAsync(
            db,
            db.Partnerships.AsNoTracking(),
            today.AddDays(-DaysOverdueReminded),
            today.AddDays(DaysBeforeDue)
        );
        var due = new List<Reminder>();
        foreach (var (pool, name, r, started, _) in owed.Where(o => !o.Submitted))
        {
            var late = r.IsOverdue(today);
            due.Add(
                new Reminder(
                    $"pool-return-{(late ? "overdue" : "due")}:{pool}:{r.Year}:{r.Quarter}",
                    pool,
                    late ? $"Reminder: return overdue for {name}" : $"Return due on {Display.Date(r.DueOn)} for {name}",
                    $"""
                    The {r.PeriodName} return of {name} {(late ? "was" : "is")} due on {Display.Date(r.DueOn)}. {(
                        started ? "It has been started but not submitted." : "It has not been started yet."
                    )}

                    The host's finance team completes it and every partner can read it at {Link(links.PoolReturns(pool))}
                    """
                )
            );
        }
        var agreements = await (
            from a in db.PartnershipAgreements.AsNoTracking()
            join p in db.Partnerships on a.PartnershipId equals p.Id
            where p.Status != PartnershipStatus.Ended && a.Status != AgreementStatus.SignedOff
            select new { Agreement = a, p.Name }
        ).ToListAsync();
        foreach (var (a, name) in agreements.Select(x => (x.Agreement, x.Name)))
        {
            if (a.Rounds.LastOrDefault() is not { DueOn: { } answerBy } round || answerBy >= today)
                continue;
            var kind = RoundKindNames.Display(round.Kind).ToLowerInvariant();
            due.Add(
                new Reminder(
                    $"agreement-round-overdue:{a.PartnershipId}:{round.At.UtcTicks}",
                    a.PartnershipId,
                    $"Reminder: answer overdue on the agreement for {name}",
                    $"""
                    The {kind} from {round.By} ({round.ByRole}) needed an answer by {Display.Date(answerBy)}.

                    Read it and answer at {Link(links.PartnershipAgreement(a.PartnershipId))}
                    """
                )
            );
        }
        return await SendOnceAsync(due, now);
    }

    private async Task<int> SendOnceAsync(List<Reminder> due, DateTimeOffset now)
    {
        var partners = await PartnerOrganisationsAsync(due.Select(r => r.Partnership).Distinct().ToList());
        return await ReminderLedger.SendOnceAsync(
            db,
            due.Select(r => new ReminderLedger.Due(r.Key, () =>
                    PartnershipNotices.TellAsync(
                        db,
                        r.Partnership,
                        partners[r.Partnership],
                        false,
                        null,
                        r.Title,
                        r.Body,
                        now
                    )
                ))
                .ToList(),
            now
        );
    }

    private async Task<Dictionary<Guid, List<Guid>>> PartnerOrganisationsAsync(List<Guid> partnerships) =>
        (
            await db
                .PartnershipPartners.AsNoTracking()
                .Where(p => partnerships.Contains(p.PartnershipId))
                .Select(p => new { p.PartnershipId, p.OrganisationId })
                .ToListAsync()
        )
            .GroupBy(p => p.PartnershipId)
            .ToDictionary(g => g.Key, g => g.Select(p => p.OrganisationId).ToList());

    private string Link(string path) => address.Link(path);
}
