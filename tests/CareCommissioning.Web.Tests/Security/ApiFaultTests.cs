using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>
/// An exception inside an API call is answered with a problem document, never the HTML error page: a save lost to a
/// concurrent one is a 409, anything else a 500 with a reference to quote. (The exception handler used to look at the
/// request's path after the middleware had already pointed it at the error page, so it never answered.)
/// </summary>
public sealed class ApiFaultTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Grant =
        """{"name":"API grant","funder":"DHSC","amount":100000,"likelihood":0.5,"matchFunding":10000,"recurrence":"OneOff","firstYear":2027,"viabilityScores":[5,5,5,5,5],"countAsPotentialResource":true}""";

    [Fact]
    public async Task SaveLostToAConcurrentOne_IsA409Problem()
    {
        var response = await PostGrantFailingWith(() => new DbUpdateConcurrencyException("Lost the race."));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Equal("Someone else changed this record at the same time", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UnexpectedFault_IsA500Problem_WithAReferenceToQuote()
    {
        var response = await PostGrantFailingWith(() => new InvalidOperationException("Something broke."));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await response.ReadJsonAsync()).GetProperty("detail").GetString();
        Assert.Matches("quote reference [^ .]+", detail);
        Assert.DoesNotContain("Something broke", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Creates a funding opportunity through the API on an app whose saves of one throw what <paramref
    /// name="fault"/> makes.</summary>
    private async Task<HttpResponseMessage> PostGrantFailingWith(Func<Exception> fault)
    {
        // First of the save hooks, so it throws before the audit trail takes its lock: an exception thrown by a hook
        // as the save starts reaches no failure handler.
        using var failing = app.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.Insert(0, ServiceDescriptor.Singleton<IInterceptor>(new FailingSave(fault))))
        );
        var client = failing.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync());
        return await client.PostJsonAsync("/api/v1/funding-opportunities", Grant);
    }

    private Task<string> TokenAsync() =>
        app.IssueTokenAsync(Web.Infrastructure.Seeding.DemoUsers.For(Role.FinanceOfficer).Email, TimeSpan.FromDays(1));

    private sealed class FailingSave(Func<Exception> fault) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default
        ) =>
            eventData.Context!.ChangeTracker.Entries<FundingOpportunity>().Any()
                ? throw fault()
                : ValueTask.FromResult(result);
    }
}
