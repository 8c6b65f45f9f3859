using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Pages.Strategies.Notices;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Pages.Strategies;

/// <summary>Re-evaluations scheduled at agreed intervals with reminders (EV-P21): the keepers of evaluations hear 30
/// days ahead and on the day, in the app and by e-mail, each once, and not before.</summary>
public sealed class EvaluationReminderTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task RemindAsync(DateTimeOffset at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetServices<IReminderCheck>().OfType<EvaluationReminders>().Single();
        await check.RemindAsync(at);
    }

    [Fact]
    [Trait("Criterion", "EV-P21")]
    public async Task TheReminder_FiresOnItsDate_Once_AndNotBefore_ThenOnTheDueDay()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var start = app.Clock.GetUtcNow();
        var due = app.Today.AddDays(40);
        var s = await StrategyFixtures.StrategyAsync(app, w.Ours, $"Scheduled {TestData.Mark()}", x =>
        {
            x.EvaluationIntervalMonths = 12;
            x.NextEvaluationDue = due;
        });
        async Task<List<Domain.Notices.Notice>> NoticesAsync()
        {
            await using var scope = app.Scope(out var db);
            return await db.Notices.Where(n => n.SubjectId == s.Id).OrderBy(n => n.CreatedAt).ToListAsync();
        }

        // 31 days before: not yet.
        await RemindAsync(start.AddDays(9));
        Assert.Empty(await NoticesAsync());

        // 30 days before: once, however often it is checked.
        await Task.WhenAll(RemindAsync(start.AddDays(10)), RemindAsync(start.AddDays(10)));
        await RemindAsync(start.AddDays(11));
        var ahead = Assert.Single(await NoticesAsync());
        Assert.Equal(w.Us.Id, ahead.RecipientUserId);
        Assert.Equal($"Evaluation of {s.Title} due on {Display(due)}", ahead.Title);
        Assert.Contains("in 30 days", ahead.Body);
        Assert.Contains($"/strategies/{s.Id}", ahead.Body);

        // On the day it falls due: a second reminder, once.
        await RemindAsync(start.AddDays(39));
        Assert.Single(await NoticesAsync());
        await RemindAsync(start.AddDays(40));
        await RemindAsync(start.AddDays(41));
        var notices = await NoticesAsync();
        Assert.Equal(2, notices.Count);
        Assert.Equal($"Evaluation of {s.Title} is due", notices[1].Title);
        Assert.Contains("is due today", notices[1].Body);

        await using var check = app.Scope(out var db);
        var ids = notices.Select(n => n.Id).ToList();
        Assert.Equal(2, await db.Outbox.CountAsync(o => o.NoticeId != null && ids.Contains(o.NoticeId.Value)));
        Assert.True(await db.SentReminders.AnyAsync(r => r.Key == $"strategy-evaluation-due:{s.Id}:{due:yyyy-MM-dd}"));
    }

    [Fact]
    [Trait("Criterion", "EV-P21")]
    public async Task AWithdrawnStrategy_OrAnotherOrganisationsPeople_AreNotReminded()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var start = app.Clock.GetUtcNow();
        var withdrawn = await StrategyFixtures.StrategyAsync(app, w.Ours, $"Withdrawn {TestData.Mark()}", x =>
        {
            x.MoveTo(StrategyStatus.Withdrawn);
            x.EvaluationIntervalMonths = 12;
            x.NextEvaluationDue = app.Today.AddDays(5);
        });
        var partners = await StrategyFixtures.StrategyAsync(app, w.Partner, $"Partner's {TestData.Mark()}", x =>
        {
            x.EvaluationIntervalMonths = 12;
            x.NextEvaluationDue = app.Today.AddDays(5);
        });
        await RemindAsync(start.AddDays(5));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.Notices.AnyAsync(n => n.SubjectId == withdrawn.Id));
        var told = await db.Notices.Where(n => n.SubjectId == partners.Id).Select(n => n.RecipientUserId).ToListAsync();
        Assert.Equal([w.PartnerUser.Id], told);
    }

    private static string Display(DateOnly d) => Web.Infrastructure.Formatting.Display.Date(d);
}
