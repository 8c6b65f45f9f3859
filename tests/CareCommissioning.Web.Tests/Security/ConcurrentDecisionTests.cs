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

    // Two virements from one head, each within what it holds but not both (the colleague's probe: £1,000,000 and two
    // £600,000 virements to different heads, both approved at once, left the head at £400,000 while each receiving head
    // gained £600,000). Raced many times over, since a round the scheduler happens to order proves nothing.
    private const int Rounds = 8;
    private const decimal Large = 600_000m;

    [Fact]
    public async Task TwoVirementsFromOneHead_ThatDoNotBothFit_ApprovedAtOnceThroughTheApi_OnlyOneTakesTheMoney()
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var commissioner = await app.ApiClientAs(
            await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync()
        );
        var approvers = new List<HttpClient>();
        for (var i = 0; i < 2; i++)
        {
            var client = await app.ApiClientAs(
                await new UserBuilder(app).WithRole(Role.FinanceOfficer, org).Named($"Finance officer {i}").SaveAsync()
            );
            (await client.GetAsync("/api/v1/virements")).EnsureSuccessStatusCode();
            approvers.Add(client);
        }

        var rounds = new List<string>();
        var wrong = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var (heads, before, virements) = await TwoVirementsFromOneHeadAsync(org, commissioner, round);

            var answers = await Task.WhenAll(
                virements.Select(
                    (id, i) => approvers[i].PostJsonAsync($"/api/v1/virements/{id}/decision", """{"approve":true}""")
                )
            );

            var statuses = answers.Select(a => (int)a.StatusCode).ToList();
            foreach (var conflict in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
            {
                Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
                Assert.False(
                    string.IsNullOrWhiteSpace((await conflict.ReadJsonAsync()).GetProperty("detail").GetString())
                );
            }
            var (approved, after, fromAfter) = await OutcomeAsync(heads, virements);
            var right =
                statuses.Count(s => s == 200) == 1
                && statuses.Count(s => s == 409) == 1
                && approved == 1
                && after == before
                && fromAfter == FromBefore - Large;
            wrong += right ? 0 : 1;
            rounds.Add(
                $"{string.Join("/", statuses)} approved {approved}, giving head {fromAfter:0}, money {before:0} → {after:0}"
            );
        }
        Assert.True(wrong == 0, $"{wrong} of {Rounds} rounds wrong: " + string.Join("; ", rounds));
    }

    [Fact]
    public async Task TwoVirementsFromOneHead_ThatDoNotBothFit_ApprovedAtOnceOnThePage_OneIsApplied_TheOtherIsToldWhy()
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var commissioner = await app.ApiClientAs(
            await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync()
        );
        var approvers = new List<HttpClient>();
        for (var i = 0; i < 2; i++)
            approvers.Add(
                await app.SignedInAs(
                    await new UserBuilder(app)
                        .WithRole(Role.DecisionMaker, org)
                        .Named($"Decision maker {i}")
                        .SaveAsync()
                )
            );

        var rounds = new List<string>();
        var wrong = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var (heads, before, virements) = await TwoVirementsFromOneHeadAsync(org, commissioner, round);
            var posts = new List<Func<Task<HttpResponseMessage>>>();
            for (var i = 0; i < 2; i++)
                posts.Add(
                    await ReadyToPostAsync(
                        approvers[i],
                        "/needs/budgets/virements",
                        new Form().Set("approve", "true"),
                        $"/needs/budgets/virements?handler=Decide&virementId={virements[i]}"
                    )
                );

            var answers = await Task.WhenAll(posts.Select(p => p()));

            var statuses = answers.Select(a => (int)a.StatusCode).ToList();
            var oneWins = statuses.Count(s => s == 302) == 1 && statuses.Count(s => s == 400) == 1;
            // The loser reads that the head no longer holds the money (the winner had saved before it read the head)
            // or that the head's money changed while its decision was being saved.
            if (oneWins)
                await AssertOneWinsAndTheOthersReadWhyAsync(
                    answers,
                    HttpStatusCode.BadRequest,
                    "The head the money comes from no longer holds that much",
                    "The money in a budget head changed while your decision was being saved"
                );
            var (approved, after, fromAfter) = await OutcomeAsync(heads, virements);
            var right = oneWins && approved == 1 && after == before && fromAfter == FromBefore - Large;
            wrong += right ? 0 : 1;
            rounds.Add(
                $"{string.Join("/", statuses)} approved {approved}, giving head {fromAfter:0}, money {before:0} → {after:0}"
            );
        }
        Assert.True(wrong == 0, $"{wrong} of {Rounds} rounds wrong: " + string.Join("; ", rounds));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // the first virement to arrive gives the receiving head its allocation for the year
    public async Task TwoVirementsIntoOneHead_ApprovedAtOnce_NeitherIsLost_AndNoneIsA500(bool receivingHeadHoldsMoney)
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var commissioner = await app.ApiClientAs(
            await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync()
        );
        var approvers = new List<HttpClient>();
        for (var i = 0; i < 2; i++)
        {
            var client = await app.ApiClientAs(
                await new UserBuilder(app).WithRole(Role.FinanceOfficer, org).Named($"Finance officer {i}").SaveAsync()
            );
            (await client.GetAsync("/api/v1/virements")).EnsureSuccessStatusCode();
            approvers.Add(client);
        }

        var rounds = new List<string>();
        var wrong = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var receiving = new BudgetHeadBuilder(app).In(org).Named($"Reablement {round}").Holding(Year - 1, 1m);
            var to = (await (receivingHeadHoldsMoney ? receiving.Holding(Year, 500_000m) : receiving).SaveAsync()).Id;
            var heads = new List<Guid> { to };
            var virements = new List<Guid>();
            for (var i = 0; i < 2; i++)
            {
                var from = (
                    await new BudgetHeadBuilder(app)
                        .In(org)
                        .Named($"Giver {round}.{i}")
                        .Holding(Year, FromBefore)
                        .SaveAsync()
                ).Id;
                heads.Add(from);
                virements.Add(await AskAsync(commissioner, from, to, 300_000m));
            }
            var before = await MoneyAsync(heads);

            var answers = await Task.WhenAll(
                virements.Select(
                    (id, i) => approvers[i].PostJsonAsync($"/api/v1/virements/{id}/decision", """{"approve":true}""")
                )
            );

            var statuses = answers.Select(a => (int)a.StatusCode).ToList();
            var (approved, after, received) = await OutcomeAsync(heads, virements);
            var right =
                statuses.All(s => s is 200 or 409)
                && statuses.Count(s => s == 200) == approved
                && approved >= 1
                && after == before
                && received == (receivingHeadHoldsMoney ? 500_000m : 0m) + approved * 300_000m;
            wrong += right ? 0 : 1;
            rounds.Add(
                $"{string.Join("/", statuses)} approved {approved}, received {received:0}, money {before:0} → {after:0}"
            );
        }
        Assert.True(wrong == 0, $"{wrong} of {Rounds} rounds wrong: " + string.Join("; ", rounds));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HeadsMoneyEditedWhileAVirementFromItIsApproved_OneOrBothAreSaved_NeitherIsAnError(bool onThePage)
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var commissioner = await app.ApiClientAs(
            await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync()
        );
        var approver = await app.ApiClientAs(
            await new UserBuilder(app).WithRole(Role.FinanceOfficer, org).Named("Finance officer").SaveAsync()
        );
        (await approver.GetAsync("/api/v1/virements")).EnsureSuccessStatusCode();
        var editor = onThePage
            ? await app.SignedInAs(
                await new UserBuilder(app).WithRole(Role.FinanceOfficer, org).Named("Budget holder").SaveAsync()
            )
            : commissioner;

        var rounds = new List<string>();
        var wrong = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var from = (
                await new BudgetHeadBuilder(app)
                    .In(org)
                    .Named($"Older people {round}")
                    .Holding(Year, FromBefore)
                    .SaveAsync()
            ).Id;
            var to = (
                await new BudgetHeadBuilder(app)
                    .In(org)
                    .Named($"Reablement {round}")
                    .Holding(Year, 100_000m)
                    .SaveAsync()
            ).Id;
            var virement = await AskAsync(commissioner, from, to, Large);
            Func<Task<HttpResponseMessage>> edit = onThePage
                ? await ReadyToPostAsync(
                    editor,
                    $"/needs/budgets/{from}/allocations",
                    new Form().Set("Rows[0].Year", $"{Year}").Set("Rows[0].Amount", "900000"),
                    $"/needs/budgets/{from}/allocations"
                )
                : () =>
                    editor.PutJsonAsync(
                        $"/api/v1/budget-heads/{from}/allocations",
                        $$"""[{"year":{{Year}},"amount":900000}]"""
                    );

            var answers = await Task.WhenAll(
                approver.PostJsonAsync($"/api/v1/virements/{virement}/decision", """{"approve":true}"""),
                edit()
            );

            var (approved, _, fromAfter) = await OutcomeAsync([from, to], [virement]);
            var toAfter = await MoneyAsync([to]);
            var (decided, edited) = ((int)answers[0].StatusCode, (int)answers[1].StatusCode);
            var editSaved = edited is 200 or 302;
            var refusedEdit = edited == 409;
            if (refusedEdit && onThePage)
                Assert.StartsWith(
                    "Someone else changed this budget head or its money",
                    (await HtmlClient.ParseAsync(answers[1])).ErrorSummary().Single(),
                    StringComparison.Ordinal
                );
            else if (refusedEdit)
                Assert.Equal("application/problem+json", answers[1].Content.Headers.ContentType?.MediaType);
            // Saved one after the other, in either order (when the edit read the head after the virement had moved
            // it, it sets the amount it names), or one refused because the other changed the head first.
            decimal[] giving =
                !editSaved ? [FromBefore - Large]
                : approved == 0 ? [900_000m]
                : [900_000m - Large, 900_000m];
            var right =
                (decided, approved) is (200, 1) or (409, 0)
                && (editSaved || refusedEdit)
                && !(decided == 409 && refusedEdit)
                && toAfter == 100_000m + (approved * Large)
                && giving.Contains(fromAfter);
            wrong += right ? 0 : 1;
            rounds.Add($"{decided}/{edited} approved {approved}, giving head {fromAfter:0}, receiving {toAfter:0}");
        }
        Assert.True(wrong == 0, $"{wrong} of {Rounds} rounds wrong: " + string.Join("; ", rounds));
    }

    /// <summary>A head holding <see cref="FromBefore"/> in <see cref="Year"/> and two more (one holding £100,000 that
    /// year, one nothing), and two virements of <see cref="Large"/> from the first to each of the others asked for
    /// through the API: each fits alone, not both. Returns the heads, the money they hold together, and the
    /// virements.</summary>
    private async Task<(List<Guid> Heads, decimal Money, List<Guid> Virements)> TwoVirementsFromOneHeadAsync(
        Guid org,
        HttpClient commissioner,
        int round
    )
    {
        var from = (
            await new BudgetHeadBuilder(app)
                .In(org)
                .Named($"Older people {round}")
                .Holding(Year, FromBefore)
                .SaveAsync()
        ).Id;
        var first = (
            await new BudgetHeadBuilder(app).In(org).Named($"Reablement {round}").Holding(Year, 100_000m).SaveAsync()
        ).Id;
        var second = (
            await new BudgetHeadBuilder(app).In(org).Named($"Carers {round}").Holding(Year - 1, 1m).SaveAsync()
        ).Id;
        List<Guid> heads = [from, first, second];
        List<Guid> virements =
        [
            await AskAsync(commissioner, from, first, Large),
            await AskAsync(commissioner, from, second, Large),
        ];
        return (heads, await MoneyAsync(heads), virements);
    }

    private static async Task<Guid> AskAsync(HttpClient commissioner, Guid from, Guid to, decimal amount)
    {
        var asked = await commissioner.PostJsonAsync(
            "/api/v1/virements",
            $$"""{"fromHeadId":"{{from}}","toHeadId":"{{to}}","year":{{Year}},"amount":{{amount}},"reason":"Winter pressures"}"""
        );
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        return (await asked.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>The money the heads hold together in <see cref="Year"/>.</summary>
    private async Task<decimal> MoneyAsync(IReadOnlyList<Guid> heads)
    {
        await using var scope = app.Scope(out var db);
        var amounts = await db
            .BudgetAllocations.Where(a => heads.Contains(a.BudgetHeadId) && a.Year == Year)
            .Select(a => a.Amount)
            .ToListAsync();
        return amounts.Sum();
    }

    /// <summary>How many of the virements were approved, the money the heads hold together, and what the first head
    /// holds (nothing when it has no allocation that year), after.</summary>
    private async Task<(int Approved, decimal Money, decimal First)> OutcomeAsync(
        IReadOnlyList<Guid> heads,
        IReadOnlyList<Guid> virements
    )
    {
        await using var scope = app.Scope(out var db);
        var approved = await db.Virements.CountAsync(v =>
            virements.Contains(v.Id) && v.Status == VirementStatus.Approved
        );
        var first = (
            await db.BudgetAllocations.SingleOrDefaultAsync(a => a.BudgetHeadId == heads[0] && a.Year == Year)
        )?.Amount
            ?? 0m;
        return (approved, await MoneyAsync(heads), first);
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
