using System.Net;
using System.Net.Http.Headers;
using CareCommissioning.Domain.Notices;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareCommissioning.Web.Tests.Pages.Appraisals.AppraisalSteps;

namespace CareCommissioning.Web.Tests.Fleet;

/// <summary>
/// Two web nodes on one PostgreSQL database, as behind a load balancer: each has its own container, memory cache,
/// outbox dispatcher and reminder checks, and only the database is shared (see docs/operations.md, "Several nodes").
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private readonly SmtpSink _relay = new();
    private AppFactory _a = null!;
    private WebApplicationFactory<Program> _b = null!;

    public Task InitializeAsync()
    {
        if (!TestDatabase.IsPostgres)
            return Task.CompletedTask;
        _a = new AppFactory()
            .WithSetting("Outbox:SmtpHost", "127.0.0.1")
            .WithSetting("Outbox:SmtpPort", _relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            // Small batches, so the two nodes' passes overlap over many claims.
            .WithSetting("Outbox:BatchSize", "3");
        // The second node: the same settings and database, its own host.
        _b = _a.WithWebHostBuilder(_ => { });
        _ = _b.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (TestDatabase.IsPostgres)
        {
            await _b.DisposeAsync();
            await _a.DisposeAsync();
        }
        await _relay.DisposeAsync();
    }

    [PostgresFact]
    public async Task SessionStartedOnOneNode_WorksOnTheOther_AndSigningOutEndsItOnBoth()
    {
        var cookie = await _a.SessionCookieFor(Role.Commissioner);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(_b, "/account", cookie)).StatusCode);

        // Signing out on the second node, through the form in its header.
        var page = await GetWithCookieAsync(_b, "/account", cookie);
        var token = (await HtmlClient.ParseAsync(page))
            .QuerySelector("form[action='/account/sign-out'] input[name=__RequestVerificationToken]")!
            .GetAttribute("value")!;
        var antiforgery = string.Join(
            "; ",
            page.Headers.GetValues("Set-Cookie")
                .Select(c => c.Split(';')[0])
                .Where(c => c.Contains("cc-antiforgery", StringComparison.Ordinal))
        );
        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/account/sign-out")
        {
            Content = new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = token }
            ),
        };
        signOut.Headers.Add("Cookie", $"{cookie}; {antiforgery}");
        Assert.Equal(HttpStatusCode.Redirect, (await Client(_b).SendAsync(signOut)).StatusCode);

        // A copy of the cookie kept from before ends on both nodes.
        foreach (var node in new WebApplicationFactory<Program>[] { _a, _b })
        {
            var after = await GetWithCookieAsync(node, "/account", cookie);
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
            Assert.Contains("/account/sign-in", after.Headers.Location!.OriginalString);
        }
    }

    [PostgresFact]
    public async Task TokenRevokedOnOneNode_IsRefusedByTheOtherAtOnce()
    {
        var account = await TestAccounts.CreateAsync(_a);
        var browser = await TestAccounts.SignInAsync(_a, account.Email, account.Password);
        var secret = await ApiTokenTests.CreateTokenAsync(browser, "Fleet");
        // Both nodes now hold the principal in their 30-second caches.
        Assert.Equal(HttpStatusCode.OK, (await Api(_a, secret).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api(_b, secret).GetAsync("/api/v1/me")).StatusCode);

        var list = await browser.GetDocumentAsync("/account/tokens");
        var revoke = list.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Revoke")).GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(revoke, [])).StatusCode);

        // The very next call on the other node, with no time passing on its clock.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(_b, secret).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api(_a, secret).GetAsync("/api/v1/me")).StatusCode);
    }

    [PostgresFact]
    public async Task BothOutboxDispatchersRunning_SendEachEmailExactlyOnce()
    {
        var ids = new List<Guid>();
        await using (var scope = _a.Scope(out var db))
        {
            var at = _a.Clock.GetUtcNow();
            for (var i = 0; i < 46; i++)
            {
                var message = new OutboxMessage
                {
                    To = $"partner{i}@example.org",
                    Subject = $"Decision notice {i}",
                    Body = "The decision and its reasons.",
                    CreatedAt = at.AddMilliseconds(i),
                };
                db.Outbox.Add(message);
                ids.Add(message.Id);
            }
            await db.SaveChangesAsync();
        }
        var dispatchers = new[] { _a.Services, _b.Services, _a.Services, _b.Services }
            .Select(s => s.GetRequiredService<OutboxDispatcher>())
            .ToList();

        for (var pass = 0; pass < 40 && await WaitingAsync(ids) > 0; pass++)
            await Task.WhenAll(dispatchers.Select(d => d.DispatchOnceAsync()));

        Assert.Equal(0, await WaitingAsync(ids));
        var ours = ids.Select(id => $"{id:N}@care-commissioning").ToHashSet();
        var received = _relay.Received.Where(ours.Contains).ToList();
        Assert.Equal(ours.Count, received.Count);
        Assert.Equal(ours.Count, received.Distinct().Count());
        await using (var scope = _a.Scope(out var db))
        {
            var sent = await db.Outbox.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync();
            Assert.All(sent, m => Assert.Equal((1, (Guid?)null), (m.Attempts, m.ClaimedBy)));
        }
    }

    [PostgresFact]
    public async Task BothNodesCheckingRemindersAtOnce_SendEachReminderOnce()
    {
        // A budget round whose answer is due in a fortnight, besides the demo world's contracts, returns and
        // strategies.
        var commissioner = await _a.SignedInAs(Role.Commissioner);
        var appraisal = await StartAsync(commissioner, "Two nodes", horizon: 1);
        Guid head;
        await using (var scope = _a.Scope(out var db))
            head = (await db.BudgetHeads.FirstAsync()).Id;
        var due = _a.Today.AddDays(14);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync(
                    $"/appraisals/{appraisal}/budget?start=true",
                    new Form()
                        .Set("Input.Kind", "")
                        .Set("Input.Message", "Please agree")
                        .Set("Input.Amounts[0]", "5000")
                        .Set("Input.BudgetHeadId", head.ToString())
                        .Set("Input.DueOn.Day", due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .Set("Input.DueOn.Month", due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .Set("Input.DueOn.Year", due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    $"/appraisals/{appraisal}/budget?handler=Start"
                )
            ).StatusCode
        );
        var later = _a.Clock.GetUtcNow().AddDays(40);

        await Task.WhenAll(RemindAsync(_a.Services, later), RemindAsync(_b.Services, later));
        // And again, as the next hourly check on each node would.
        await Task.WhenAll(RemindAsync(_b.Services, later), RemindAsync(_a.Services, later));

        await using (var scope = _a.Scope(out var db))
        {
            var notices = await db.Notices.AsNoTracking().Where(n => n.CreatedAt == later).ToListAsync();
            Assert.True(notices.Count >= 5, $"only {notices.Count} reminders were due");
            Assert.Empty(
                notices
                    .GroupBy(n => (n.SubjectId, n.RecipientUserId, n.RecipientName, n.Channel, n.Title, n.Body))
                    .Where(g => g.Count() > 1)
                    .Select(g => g.Key)
            );
            Assert.Contains(notices, n =>
                n.SubjectId == appraisal
                && n.Title.StartsWith("Reminder: budget answer overdue", StringComparison.Ordinal)
            );
            var emails = await db.Outbox.AsNoTracking().Where(m => m.CreatedAt == later).ToListAsync();
            Assert.Empty(emails.GroupBy(m => (m.To, m.Subject, m.Body)).Where(g => g.Count() > 1).Select(g => g.Key));
        }
    }

    [PostgresFact]
    public async Task ConcurrentWritesFromBothNodes_KeepTheAuditChainValid()
    {
        var clients = new[] { await _a.ApiClientAs(Role.Commissioner), await ApiClientOnBAsync() };
        long before;
        await using (var scope = _a.Scope(out var db))
            before = await db.AuditEntries.CountAsync();

        var answers = await Task.WhenAll(
            Enumerable
                .Range(0, 24)
                .Select(i =>
                    clients[i % 2]
                        .PostJsonAsync(
                            "/api/v1/stakeholders",
                            $$"""{"type":"CommunityGroup","name":"Fleet group {{i}}","consentToContact":false}"""
                        )
                )
        );

        Assert.All(answers, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        await using (var scope = _a.Scope(out var db))
        {
            Assert.True(await db.AuditEntries.CountAsync() >= before + 24);
            var outcome = await AuditVerifier.VerifyAsync(db);
            Assert.Null(outcome.FirstBreak);
        }
    }

    private async Task<HttpClient> ApiClientOnBAsync()
    {
        var secret = await _a.IssueTokenAsync(
            CareCommissioning.Web.Infrastructure.Seeding.DemoUsers.For(Role.Commissioner).Email,
            TimeSpan.FromDays(1)
        );
        return Api(_b, secret);
    }

    private async Task<int> WaitingAsync(List<Guid> ids)
    {
        await using var scope = _a.Scope(out var db);
        return await db.Outbox.CountAsync(m => ids.Contains(m.Id) && m.SentAt == null);
    }

    /// <summary>One node's hourly check, as <see cref="ReminderService"/> runs it: one kind failing (here, losing a
    /// race to the other node) never stops the others.</summary>
    private static async Task RemindAsync(IServiceProvider node, DateTimeOffset now)
    {
        await using var scope = node.CreateAsyncScope();
        foreach (var check in scope.ServiceProvider.GetServices<IReminderCheck>())
            try
            {
                await check.RemindAsync(now);
            }
            catch (DbUpdateException) { }
    }

    private static HttpClient Client(WebApplicationFactory<Program> node) =>
        node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static HttpClient Api(WebApplicationFactory<Program> node, string secret)
    {
        var client = Client(node);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static Task<HttpResponseMessage> GetWithCookieAsync(
        WebApplicationFactory<Program> node,
        string path,
        string cookie
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return Client(node).SendAsync(request);
    }
}
