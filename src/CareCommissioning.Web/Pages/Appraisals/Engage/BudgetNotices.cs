namespace CareCommissioning.Web.Pages.Appraisals.Engage;

/// <summary>
/// Keeps a budget negotiation moving (OA-P20): each round is announced in the app to the other people who negotiate for
/// the organisation, and a round whose answer date has passed gets one reminder.
/// </summary>
public static class BudgetNotices
{
    private static readonly Role[] Negotiators = [Role.Commissioner, Role.FinanceOfficer, Role.CommissioningPartner];

    public static async Task AnnounceAsync(
        AppDbContext db,
        BudgetProposal p,
        string appraisalTitle,
        string? exceptUserId,
        DateTimeOffset now
    )
    {
        var round = p.Rounds[^1];
        var due = round.DueOn is { } d ? $" An answer is needed by {Display.Date(d)}." : "";
        await AddAsync(
            db,
            p,
            exceptUserId,
            $"Budget: {RoundKindNames.Display(round.Kind).ToLowerInvariant()} on {appraisalTitle}",
            $"{round.By} ({round.ByRole}) sent a {RoundKindNames.Display(round.Kind).ToLowerInvariant()}.{due}\n\n{round.Message}",
            now
        );
    }

    /// <summary>Adds one reminder for each open negotiation whose latest round is overdue; returns how many.</summary>
    public static async Task<int> RemindAsync(AppDbContext db, DateTimeOffset now)
    {
        var today = Domain.Common.UkCalendar.DateOf(now);
        var open = await db.BudgetProposals.Where(p => p.Status == ProposalStatus.Open).ToListAsync();
        var ids = open.Select(p => p.AppraisalId).Distinct().ToList();
        var titles = await db.Appraisals.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title);
        var count = 0;
        foreach (var p in open)
        {
            if (p.Overdue(today) is not { Reminded: false } round)
                continue;
            var title = titles[p.AppraisalId];
            await AddAsync(
                db,
                p,
                null,
                $"Reminder: budget answer overdue on {title}",
                $"The {RoundKindNames.Display(round.Kind).ToLowerInvariant()} from {round.By} needed an answer by {Display.Date(round.DueOn)}.",
                now
            );
            round.Reminded = true;
            db.Entry(p).Property(x => x.Rounds).IsModified = true;
            count++;
        }
        if (count > 0)
            await db.SaveChangesAsync();
        return count;
    }

    private static async Task AddAsync(
        AppDbContext db,
        BudgetProposal p,
        string? exceptUserId,
        string title,
        string body,
        DateTimeOffset now
    )
    {
        var users = await db
            .Memberships.AsNoTracking()
            .Where(m =>
                m.OrganisationId == p.OrganisationId && Negotiators.Contains(m.Role) && m.UserId != exceptUserId
            )
            .Select(m => m.UserId)
            .Distinct()
            .ToListAsync();
        var names = await db
            .Users.AsNoTracking()
            .Where(u => users.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        foreach (var (id, name) in names)
            db.Notices.Add(
                new Notice
                {
                    OrganisationId = p.OrganisationId,
                    SubjectType = nameof(Appraisal),
                    SubjectId = p.AppraisalId,
                    RecipientUserId = id,
                    RecipientName = name,
                    Channel = NoticeChannel.InApp,
                    Format = "Standard",
                    Title = title,
                    Body = body,
                    CreatedAt = now,
                }
            );
    }
}
