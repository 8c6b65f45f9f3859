using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Partnerships.Notices;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>
/// Returns are reminded (PB-P15): an overdue one once, in the app and by e-mail, however many web nodes check at the
/// same moment, and one due soon two weeks ahead. The clock moves on, so this class has an app of its own.
/// </summary>
public sealed class PartnershipReminderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task AnOverdueReturn_IsRemindedOnce_ThoughTwoNodesCheckAtOnce_AndADueOneTwoWeeksAhead()
    {
        var f = await AgreementFixture.SetUpAsync(app, "Pool with returns to remind");
        await using (var scope = app.Scope(out var db))
        {
            var pool = await db.Partnerships.SingleAsync(p => p.Id == f.Id);
            pool.Status = PartnershipStatus.Agreed;
            await db.SaveChangesAsync();
        }

        // Today (7 December 2026) the second quarter's return, due on 30 October, is overdue and not started; the
        // first quarter's (due 30 July) is past the three months reminders run for.
        var overdue = await f.Icb.GetDocumentAsync("/partnerships/returns/overdue");
        var row = overdue
            .QuerySelectorAll("table")[0]
            .QuerySelectorAll("tbody tr")
            .Single(r =>
                r.TextContent.Contains("Pool with returns to remind", StringComparison.Ordinal)
                && r.TextContent.Contains("Quarter 2", StringComparison.Ordinal)
            );
        Assert.Contains("Not started", row.TextContent);
        Assert.Contains("30 October 2026", row.TextContent);

        // Two web nodes check at the same moment: each has its own scope and connection.
        await Task.WhenAll(RemindAsync(), RemindAsync());
        await Task.WhenAll(RemindAsync(), RemindAsync());
        var key = $"pool-return-overdue:{f.Id}:2026:2";
        await using (var scope = app.Scope(out var db))
        {
            Assert.Equal(1, await db.SentReminders.CountAsync(r => r.Key == key));
            Assert.Equal(0, await db.SentReminders.CountAsync(r => r.Key == $"pool-return-overdue:{f.Id}:2026:1"));
            var toIcb = await db
                .Notices.AsNoTracking()
                .Where(n => n.SubjectId == f.Id && n.RecipientUserId == f.IcbAccount.Id)
                .ToListAsync();
            var reminder = Assert.Single(toIcb, n =>
                n.Title == "Reminder: return overdue for Pool with returns to remind"
            );
            Assert.Contains(
                "The Quarter 2 of 2026/27 return of Pool with returns to remind was due on 30 October 2026.",
                reminder.Body
            );
            Assert.Contains("It has not been started yet.", reminder.Body);
            Assert.Equal(1, await db.Outbox.CountAsync(m => m.To == f.IcbAccount.Email && m.Subject == reminder.Title));
        }
        Assert.Contains(
            "Reminder: return overdue for Pool with returns to remind",
            (await f.Icb.GetDocumentAsync("/notices")).QuerySelector("main")!.TextContent
        );

        // A round of the agreement's negotiation wants an answer within three days.
        await f.SaveTermsAsync(AgreementFixture.ProportionalTerms(0));
        Assert.Equal(
            System.Net.HttpStatusCode.Redirect,
            (
                await f.Icb.PostFormAsync(
                    f.Agreement,
                    new Form()
                        .Set("Input.Kind", "Proposal")
                        .Set("Input.Amounts[0]", "5,000,000")
                        .Set("Input.Message", "Our board can commit £2m a year")
                        .Set("Input.DueOn.Day", "10")
                        .Set("Input.DueOn.Month", "12")
                        .Set("Input.DueOn.Year", "2026")
                        .Set(
                            "Input.Version",
                            (await f.AgreementVersionAsync(app)).ToString(
                                System.Globalization.CultureInfo.InvariantCulture
                            )
                        ),
                    action: f.Agreement + "?handler=Round"
                )
            ).StatusCode
        );

        // Six weeks on, the third quarter's return is due within two weeks: one reminder that it is coming; and the
        // round, unanswered, is overdue: one reminder to both partners.
        app.Clock.Advance(TimeSpan.FromDays(44));
        await RemindAsync();
        await RemindAsync();
        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                1,
                await db.Notices.CountAsync(n =>
                    n.SubjectId == f.Id
                    && n.RecipientUserId == f.IcbAccount.Id
                    && n.Title == "Return due on 30 January 2027 for Pool with returns to remind"
                )
            );
        await using (var scope = app.Scope(out var db))
        {
            var overdueRound = await db
                .Notices.AsNoTracking()
                .Where(n =>
                    n.SubjectId == f.Id
                    && n.Title == "Reminder: answer overdue on the agreement for Pool with returns to remind"
                )
                .ToListAsync();
            Assert.Single(overdueRound, n => n.RecipientUserId == f.IcbAccount.Id);
            Assert.Single(overdueRound, n => n.Address == DemoUsers.For(Role.FinanceOfficer).Email);
            Assert.Contains("needed an answer by 10 December 2026", overdueRound[0].Body);
        }
    }

    private async Task RemindAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetServices<IReminderCheck>().OfType<PartnershipReminders>().Single();
        await check.RemindAsync(app.Clock.GetUtcNow());
    }
}
