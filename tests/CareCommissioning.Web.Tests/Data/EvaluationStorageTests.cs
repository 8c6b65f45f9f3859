using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// An evaluation's parts kept as JSON (screening, report versions, the agreed report, status, plan, wider aims) come
/// back from the database exactly as written, on SQLite and PostgreSQL alike; the parts not yet written stay null
/// rather than turning into empty objects; and the moves made through the domain methods survive a reload.
/// </summary>
public sealed class EvaluationStorageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Evaluation_ThroughEveryStage_RoundTripsItsJsonParts()
    {
        var organisation = await new OrganisationBuilder(app).SaveAsync();
        var today = app.Today;
        var strategy = new Strategy
        {
            OrganisationId = organisation.Id,
            Title = "Carers strategy 2024 to 2027",
            Owner = "Head of commissioning",
            Outcomes = ["Carers get a break when they need one"],
            Documents = [new StrategyDocument { Title = "The strategy", Address = "https://example.org/carers" }],
            EvaluationIntervalMonths = 12,
            NextEvaluationDue = today.AddMonths(6),
        };
        var evaluation = new StrategyEvaluation
        {
            OrganisationId = organisation.Id,
            StrategyId = strategy.Id,
            Title = "Evaluation of the carers strategy",
        };
        await using (var scope = app.Scope(out var db))
        {
            db.Strategies.Add(strategy);
            db.StrategyEvaluations.Add(evaluation);
            await db.SaveChangesAsync();
        }
        await using (var scope = app.Scope(out var db))
        {
            var e = await db.StrategyEvaluations.SingleAsync(x => x.Id == evaluation.Id);
            Assert.Null(e.FinalReport);
            Assert.Null(e.Plan);
            Assert.Null(e.Status);
            Assert.Empty(e.Reports);
            Assert.Empty(
                e.AgreeProcess(
                    "Workshops with carers and the ICB",
                    ["Are carers getting breaks?"],
                    "The ICB",
                    today,
                    today
                )
            );
            Assert.Empty(
                e.RecordFindings(e.Screening.Criteria.ToDictionary(c => c.Id, _ => (string?)"Fewer than hoped"))
            );
            Assert.Empty(
                e.IssueDraft(
                    "Breaks are hard to book",
                    true,
                    "A full evaluation would show why",
                    null,
                    today.AddDays(14),
                    "A commissioner",
                    app.Clock.GetUtcNow(),
                    today
                )
            );
            await db.SaveChangesAsync();
        }
        var later = today.AddDays(20);
        await using (var scope = app.Scope(out var db))
        {
            var e = await db.StrategyEvaluations.SingleAsync(x => x.Id == evaluation.Id);
            Assert.Equal("Fewer than hoped", Assert.Single(e.Screening.Criteria).Finding);
            Assert.Equal(today.AddDays(14), Assert.Single(e.Reports).FeedbackClosesOn);
            Assert.Empty(e.AgreeFinalReport("The ICB and the carers' forum", later, "A commissioner", later));
            Assert.Empty(
                e.AgreeStatus(
                    new EvaluationStatusAgreement
                    {
                        Standing = EvaluationStanding.Partnership,
                        Sponsor = "Director of adult social care",
                        AgreedBy = "Health and wellbeing board",
                        AgreedOn = later,
                    },
                    later
                )
            );
            await db.SaveChangesAsync();
        }
        await using (var scope = app.Scope(out var db))
        {
            var e = await db.StrategyEvaluations.AsNoTracking().SingleAsync(x => x.Id == evaluation.Id);
            Assert.Equal(EvaluationStage.FullEvaluation, e.Stage);
            Assert.Equal(1, e.FinalReport!.VersionNumber);
            Assert.Equal(EvaluationStanding.Partnership, e.Status!.Standing);
            Assert.Null(e.Plan);
            var s = await db.Strategies.AsNoTracking().SingleAsync(x => x.Id == strategy.Id);
            Assert.Equal("https://example.org/carers", Assert.Single(s.Documents).Address);
        }
    }
}
