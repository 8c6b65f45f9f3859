using System.Net;
using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Strategies;

/// <summary>Evaluation embedded in planning (EV-P20): a strategy is renewed only on an evaluation of it completed
/// since it started or was last renewed; otherwise the renewal is refused and nothing is saved.</summary>
public sealed class StrategyRenewalTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form Renewal(string? evaluation) =>
        new Form()
            .Set("Input.RenewedOnEvaluationId", evaluation ?? "")
            .Set("Input.EndsOn.Day", "31")
            .Set("Input.EndsOn.Month", "3")
            .Set("Input.EndsOn.Year", "2030");

    [Fact]
    [Trait("Criterion", "EV-P20")]
    public async Task Renew_WithoutACompletedEvaluation_IsRefused_AndNothingIsSaved()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var s = await StrategyFixtures.StrategyAsync(app, w.Ours, $"Unevaluated {TestData.Mark()}");
        // An evaluation completed before the strategy started does not count.
        await StrategyFixtures.CompletedEvaluationAsync(app, s, new DateOnly(2024, 1, 10));
        var client = await app.SignedInAs(w.Us);
        var page = await client.GetDocumentAsync($"/strategies/{s.Id}/renew");
        var form = Renewal(page.QuerySelector("input[name='Input.RenewedOnEvaluationId']")?.GetAttribute("value"))
            .Set("Input.Version", page.FieldValue("Input.Version")!);

        var response = await client.PostFormAsync($"/strategies/{s.Id}/renew", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "This strategy cannot be renewed until an evaluation of it has been completed since it started on 1 April 2024",
            (await HtmlClient.ParseAsync(response)).ErrorSummary()
        );
        await using var scope = app.Scope(out var db);
        var saved = await db.Strategies.SingleAsync(x => x.Id == s.Id);
        Assert.Equal(new DateOnly(2027, 3, 31), saved.EndsOn);
        Assert.Null(saved.RenewedOn);
    }

    [Fact]
    [Trait("Criterion", "EV-P20")]
    public async Task Renew_AfterACompletedEvaluation_RenewsIt_OnThatEvaluation()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var s = await StrategyFixtures.StrategyAsync(app, w.Ours, $"Evaluated {TestData.Mark()}", x =>
            x.MoveTo(StrategyStatus.UnderReview)
        );
        var evaluation = await StrategyFixtures.CompletedEvaluationAsync(app, s, app.Today.AddDays(-10));
        var client = await app.SignedInAs(w.Us);
        var page = await client.GetDocumentAsync($"/strategies/{s.Id}/renew");
        Assert.Contains(evaluation.Title, page.Body!.TextContent);
        var form = Renewal(evaluation.Id.ToString()).Set("Input.Version", page.FieldValue("Input.Version")!);

        var response = await client.PostFormAsync($"/strategies/{s.Id}/renew", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = app.Scope(out var db);
        var saved = await db.Strategies.SingleAsync(x => x.Id == s.Id);
        Assert.Equal(new DateOnly(2030, 3, 31), saved.EndsOn);
        Assert.Equal(app.Today, saved.RenewedOn);
        Assert.Equal(evaluation.Id, saved.RenewedOnEvaluationId);
        Assert.Equal(StrategyStatus.Current, saved.Status);
    }

    [Fact]
    [Trait("Criterion", "EV-P20")]
    public async Task RenewApi_IsRefusedWithoutOne_OnAnotherStrategysEvaluation_AndStale_ThenAllowed()
    {
        var w = await StrategyWorld.CreateAsync(app);
        var s = await StrategyFixtures.StrategyAsync(app, w.Ours, $"Renewed by API {TestData.Mark()}");
        var other = await StrategyFixtures.StrategyAsync(app, w.Ours, $"Another {TestData.Mark()}");
        var elsewhere = await StrategyFixtures.CompletedEvaluationAsync(app, other, app.Today.AddDays(-3));
        var client = await app.ApiClientAs(w.Us);
        var version = (await client.GetJsonAsync($"/api/v1/strategies/{s.Id}")).GetProperty("version").GetInt32();
        string Body(Guid evaluation, int v) =>
            $$"""{"evaluationId":"{{evaluation}}","endsOn":"2030-03-31","version":{{v}}}""";

        var refused = await client.PostJsonAsync($"/api/v1/strategies/{s.Id}/renew", Body(elsewhere.Id, version));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["evaluationId"], (await refused.ReadJsonAsync()).ErrorFields());

        var closed = await StrategyFixtures.CompletedEvaluationAsync(
            app,
            s,
            app.Today.AddDays(-2),
            EvaluationStage.ClosedAfterScreening
        );
        var stale = await client.PostJsonAsync($"/api/v1/strategies/{s.Id}/renew", Body(closed.Id, version - 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var ok = await client.PostJsonAsync($"/api/v1/strategies/{s.Id}/renew", Body(closed.Id, version));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.ReadJsonAsync();
        Assert.Equal("2030-03-31", body.GetProperty("endsOn").GetString());
        Assert.Equal(closed.Id, body.GetProperty("renewedOnEvaluationId").GetGuid());

        var stranger = await app.ApiClientAs(w.StrangerUser);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await stranger.PostJsonAsync($"/api/v1/strategies/{s.Id}/renew", Body(closed.Id, version + 1))).StatusCode
        );
    }
}
