using System.Net;
using System.Net.Http.Json;
using CareCommissioning.Web.Api.Calculations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>Answers a client can act on when something is refused or fails.</summary>
public sealed class ErrorAnswersTests : IDisposable
{
    // The rate limit is spent by these tests, so they have an app of their own.
    private readonly AppFactory _app = new();

    [Fact]
    public async Task TooManyCalculations_Answer429_WithRetryAfterInSeconds()
    {
        var client = _app.NewClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i <= CalculationLimits.RequestsPerMinute; i++)
            last = await client.PostAsJsonAsync(
                "/api/v1/calculations/present-value",
                new { schedule = "standard", flows = new[] { new { year = 0, amount = 1 } } }
            );

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        var retryAfter = Assert.Single(last.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    [Fact]
    public async Task MonteCarlo_LimitedPerClientMoreTightlyThanOtherCalculations()
    {
        var client = _app.NewClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= CalculationLimits.MonteCarloPerMinute; i++)
            answers.Add((await client.PostAsync("/api/v1/calculations/monte-carlo", SmallSimulation())).StatusCode);

        Assert.All(answers.Take(CalculationLimits.MonteCarloPerMinute), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task MonteCarlo_WhileEverySimulationTurnIsTaken_IsTurnedAwayWithATimeToRetry()
    {
        var busy = _app.WithSetting("Calculations:MonteCarloWaitSeconds", "0");
        var gate = busy.Services.GetRequiredService<SimulationGate>();
        HttpResponseMessage response;
        using (await gate.HoldAllAsync())
            response = await busy.NewClient().PostAsync("/api/v1/calculations/monte-carlo", SmallSimulation());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("10", Assert.Single(response.Headers.GetValues("Retry-After")));
        Assert.Equal(
            HttpStatusCode.OK,
            (await busy.NewClient().PostAsync("/api/v1/calculations/monte-carlo", SmallSimulation())).StatusCode
        );
    }

    private static StringContent SmallSimulation() =>
        new(
            """
            {"schedule":"standard","baseline":"Do nothing","iterations":100,"seed":7,"options":[
              {"name":"Do nothing","costs":[],"benefits":[]},
              {"name":"Redesign","costs":[{"year":0,"amount":100000}],
               "benefits":[{"year":1,"amount":{"distribution":"triangular","min":80000,"mode":100000,"max":150000}}]}]}
            """,
            System.Text.Encoding.UTF8,
            "application/json"
        );

    [Fact]
    public async Task ProblemWithTheService_GivesAReferenceToQuote()
    {
        var response = await _app.NewClient().GetAsync("/error/500");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        var reference = doc.QuerySelector(".cc-reference")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(reference));
        Assert.Contains($"quote reference {reference}", doc.Body!.TextContent);
    }

    public void Dispose() => _app.Dispose();
}
