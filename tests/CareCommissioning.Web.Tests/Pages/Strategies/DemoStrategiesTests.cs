using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Strategies;

/// <summary>The demo library has something to show: the council's strategies with the ICB's shared plan, one
/// evaluation overdue, and an evaluation under way with its partners invited.</summary>
public sealed class DemoStrategiesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "EV-P2")]
    public async Task TheDemoCommissioner_SeesTheCouncilsStrategiesAndTheIcbsSharedPlan_WithTheCarersStrategyOverdue()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var library = (await client.GetDocumentAsync("/strategies"))
            .QuerySelector("table.govuk-table tbody")!
            .TextContent;
        Assert.Contains(DemoStrategies.AdultSocialCare, library);
        Assert.Contains("Joint Forward Plan 2025–2030", library);
        Assert.Contains(DemoUsers.Icb, library);
        var due = (await client.GetDocumentAsync("/strategies/due")).QuerySelector("table.govuk-table tbody")!;
        var carers = due.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(DemoStrategies.Carers));
        Assert.Contains("Overdue", carers.QuerySelector("td:last-child")!.TextContent);

        await using var scope = app.Scope(out var db);
        var adult = await db.Strategies.SingleAsync(s => s.Title == DemoStrategies.AdultSocialCare);
        var evaluation = await db.StrategyEvaluations.SingleAsync(e => e.StrategyId == adult.Id);
        Assert.Equal(EvaluationStage.Screening, evaluation.Stage);
        Assert.True(evaluation.Screening.Agreed);
        Assert.Equal(3, evaluation.Screening.Criteria.Count);
        Assert.Equal(2, await db.EvaluationParticipants.CountAsync(p => p.EvaluationId == evaluation.Id));
    }
}
