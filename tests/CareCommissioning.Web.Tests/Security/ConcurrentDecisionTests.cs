using System.Net;
using CareCommissioning.Domain.Audit;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>
/// Several people deciding one record at the same moment (the security review saw one 500 among the 409s): one
/// decision wins, every other gets a conflict it can read (a 409 problem, or the page with a message), nothing is
/// applied twice and the trail records the decision once.
/// </summary>
public sealed class ConcurrentDecisionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const int Deciders = 8;
    private const int Year = 2028;
    private const decimal Amount = 75_000m;
    private const decimal FromBefore = 1_000_000m;

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // approval gives the receiving head its first money that year: a row is inserted
    public async Task VirementApprovedByEightAtOnce_OneWins_TheOthersAre409Problems_AndTheMoneyMovesOnce(
        bool receivingHeadHoldsMoneyThatYear
    )
    {
        var (org, from, to, id) = await VirementAsync(receivingHeadHoldsMoneyThatYear ? 500_000m : null);
        var clients = new List<HttpClient>();
        for (var i = 0; i < Deciders; i++)
        {
            var client = await app.ApiClientAs(
                await new UserBuilder(app).WithRole(Role.FinanceOfficer, org).Named($"Finance officer {i}").SaveAsync()
            );
            // The token is checked (and cached) now, so the decisions below reach the database together.
            (await client.GetAsync("/api/v1/virements")).EnsureSuccessStatusCode();
            clients.Add(client);
        }

        var answers = await Task.WhenAll(
            clients.Select(c => c.PostJsonAsync($"/api/v1/virements/{id}/decision", """{"approve":true}"""))
        );

        var statuses = answers.Select(a => (int)a.StatusCode).ToList();
        Assert.True(statuses.Count(s => s == 200) == 1, "statuses: " + string.Join(", ", statuses));
        Assert.True(statuses.Count(s => s == 409) == Deciders - 1, "statuses: " + string.Join(", ", statuses));
        foreach (var conflict in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
            var problem = await conflict.ReadJsonAsync();
            Assert.Equal(409, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        }
        await AssertMovedOnceAsync(id, from, to, receivingHeadHoldsMoneyThatYear ? 500_000m : 0m);
    }

    [Fact]
    public async Task VirementApprovedOnThePageByFourAtOnce_TheOthersSeeAMessage_NotAnErrorPage()
    {
        var (org, from, to, id) = await VirementAsync(toHolds: null);
        var posts = new List<Func<Task<HttpResponseMessage>>>();
        for (var i = 0; i < 4; i++)
        {
            var client = await app.SignedInAs(
                await new UserBuilder(app).WithRole(Role.DecisionMaker, org).Named($"Decision maker {i}").SaveAsync()
            );
            posts.Add(
                await ReadyToPostAsync(
                    client,
                    "/needs/budgets/virements",
                    new Form().Set("approve", "true"),
                    $"/needs/budgets/virements?handler=Decide&virementId={id}"
                )
            );
        }

        var answers = await Task.WhenAll(posts.Select(p => p()));

        // Losers read either that it was decided before they asked (the rule) or while their decision was saved.
        await AssertOneWinsAndTheOthersReadWhyAsync(
            answers,
            HttpStatusCode.BadRequest,
            "This virement has already been decided",
            "Someone else decided this virement at the same time as you"
        );
        await AssertMovedOnceAsync(id, from, to, 0m);
    }

    [Fact]
    public async Task PurchaseApprovedOnThePageByFourAtOnce_OneApproves_TheOthersSeeAMessage()
    {
        var org = (await new OrganisationBuilder(app).WithPurchasingRules().SaveAsync()).Id;
        var purchase = await new PurchaseRequestBuilder(app)
            .In(org)
            .InStatus(PurchaseStatus.AwaitingApproval)
            .SaveAsync();
        var posts = new List<Func<Task<HttpResponseMessage>>>();
        for (var i = 0; i < 4; i++)
        {
            var client = await app.SignedInAs(
                await new UserBuilder(app).WithRole(Role.DecisionMaker, org).Named($"Decision maker {i}").SaveAsync()
            );
            posts.Add(
                await ReadyToPostAsync(
                    client,
                    $"/purchasing/{purchase.Id}/approval",
                    new Form().Set("Input.Decision", "Approved"),
                    $"/purchasing/{purchase.Id}/approval?handler=Decide"
                )
            );
        }

        var answers = await Task.WhenAll(posts.Select(p => p()));

        await AssertOneWinsAndTheOthersReadWhyAsync(
            answers,
            HttpStatusCode.Conflict,
            "Someone else decided this purchase before your decision was saved, so yours was not. It is now approved."
        );
        // Someone who could not have decided it is still told it is not found.
        var outsider = await app.SignedInAs(
            await new UserBuilder(app).WithRole(Role.DecisionMaker).Named("Decision maker elsewhere").SaveAsync()
        );
        var fromOutside = await ReadyToPostAsync(
            outsider,
            "/needs/budgets/virements",
            new Form().Set("Input.Decision", "Approved"),
            $"/purchasing/{purchase.Id}/approval?handler=Decide"
        );
        Assert.Equal(HttpStatusCode.NotFound, (await fromOutside()).StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.Equal(PurchaseStatus.Approved, (await db.PurchaseRequests.SingleAsync(p => p.Id == purchase.Id)).Status);
        Assert.Equal(1, await Decisions(db, nameof(PurchaseRequest), purchase.Id).CountAsync());
    }

    /// <summary>A new organisation with a head holding <see cref="FromBefore"/> in <see cref="Year"/> and another
    /// holding <paramref name="toHolds"/> (nothing that year when null), and a virement between them asked for
    /// through the API.</summary>
    private async Task<(Guid Org, Guid From, Guid To, Guid Virement)> VirementAsync(decimal? toHolds)
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var from = (
            await new BudgetHeadBuilder(app)
                .In(org)
                .Named("Older people", "ASC-OP")
                .Holding(Year, FromBefore)
                .SaveAsync()
        ).Id;
        var receiving = new BudgetHeadBuilder(app).In(org).Named("Reablement", "ASC-RE").Holding(Year - 1, 400_000m);
        var to = (await (toHolds is { } amount ? receiving.Holding(Year, amount) : receiving).SaveAsync()).Id;
        var commissioner = await app.ApiClientAs(
            await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync()
        );
        var asked = await commissioner.PostJsonAsync(
            "/api/v1/virements",
            $$"""{"fromHeadId":"{{from}}","toHeadId":"{{to}}","year":{{Year}},"amount":{{Amount}},"reason":"Reablement pilot"}"""
        );
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        return (org, from, to, (await asked.ReadJsonAsync()).GetProperty("id").GetGuid());
    }

    /// <summary>Reads the form's page (its anti-forgery token and version) now, and returns the post to send
    /// later.</summary>
    private static async Task<Func<Task<HttpResponseMessage>>> ReadyToPostAsync(
        HttpClient client,
        string url,
        Form fields,
        string action
    )
    {
        var page = await client.GetDocumentAsync(url);
        var body = new Form();
        body.AddRange(fields);
        if (page.QuerySelector("input[name=PurchaseVersion]")?.GetAttribute("value") is { } version)
            body.Set("PurchaseVersion", version);
        body.Set(
            "__RequestVerificationToken",
            page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!
        );
        return () => client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    /// <summary>One redirect (the decision saved) and the page again for every other, with a message that starts
    /// with one of <paramref name="messages"/> and the status it is given.</summary>
    private static async Task AssertOneWinsAndTheOthersReadWhyAsync(
        HttpResponseMessage[] answers,
        HttpStatusCode refused,
        params string[] messages
    )
    {
        var statuses = string.Join(", ", answers.Select(a => (int)a.StatusCode));
        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.Redirect) == 1, "statuses: " + statuses);
        Assert.True(answers.All(a => a.StatusCode is HttpStatusCode.Redirect || a.StatusCode == refused), statuses);
        foreach (var answer in answers.Where(a => a.StatusCode == refused))
        {
            var errors = (await HtmlClient.ParseAsync(answer)).ErrorSummary();
            Assert.True(
                errors.Count == 1 && messages.Any(m => errors[0].StartsWith(m, StringComparison.Ordinal)),
                string.Join("; ", errors)
            );
        }
    }

    private async Task AssertMovedOnceAsync(Guid id, Guid from, Guid to, decimal toBefore)
    {
        await using var scope = app.Scope(out var db);
        Assert.Equal(VirementStatus.Approved, (await db.Virements.SingleAsync(v => v.Id == id)).Status);
        Assert.Equal(
            FromBefore - Amount,
            (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == from && a.Year == Year)).Amount
        );
        Assert.Equal(
            toBefore + Amount,
            (await db.BudgetAllocations.SingleAsync(a => a.BudgetHeadId == to && a.Year == Year)).Amount
        );
        Assert.Equal(1, await Decisions(db, nameof(Virement), id).CountAsync());
    }

    /// <summary>The audit entries recording a change to the record (its decision; nothing else changes it
    /// here).</summary>
    private static IQueryable<AuditEntry> Decisions(Web.Data.AppDbContext db, string type, Guid id) =>
        db.AuditEntries.Where(e =>
            e.EntityType == type && e.EntityId == id.ToString() && e.Action == AuditAction.Updated
        );
}
