using System.Collections.Concurrent;
using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>The security log an operator sends to their monitoring: what happened, to whom, from where.</summary>
public sealed class SecurityEventsTests : IDisposable
{
    private readonly AppFactory _app = new();
    private readonly CapturedLog _log = new();
    private readonly WebApplicationFactory<Program> _logged;

    public SecurityEventsTests() =>
        _logged = _app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(_log)));

    private HttpClient Client() =>
        _logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task SignIns_RightWrongAndLockedOut_AreEachRecordedWithTheAddress()
    {
        var account = await TestAccounts.CreateAsync(_app);
        await TestAccounts.TrySignInAsync(Client(), account.Email, account.Password);
        for (var i = 0; i < 5; i++)
            await TestAccounts.TrySignInAsync(Client(), account.Email, "not-the-password-" + i);

        var succeeded = Assert.Single(_log.Events(1001));
        Assert.Equal(account.Id, succeeded["UserId"]);
        Assert.True(succeeded.ContainsKey("Address"));
        var failed = _log.Events(1002).Where(e => (string?)e["Email"] == account.Email).ToList();
        Assert.Equal(5, failed.Count);
        Assert.Equal("wrong password", failed[0]["Reason"]);
        Assert.Equal(account.Id, Assert.Single(_log.Events(1003))["UserId"]);
        Assert.All(_log.Events(1002), e => Assert.DoesNotContain("not-the-password", e.Values.OfType<string>()));
    }

    [Fact]
    public async Task RefusedRequests_AreRecorded_AnonymousAndForbidden()
    {
        await Client().GetAsync("/risks");
        var provider = Client();
        await TestAccounts.TrySignInAsync(provider, DemoUsers.For(Role.Provider).Email, AppFactory.Password);
        var forbidden = await provider.GetAsync("/risks");

        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.Contains(_log.Events(1010), e => (int)e["Status"]! == 401 && (string?)e["Path"] == "/risks");
        Assert.Contains(_log.Events(1010), e =>
            (int)e["Status"]! == 403 && (string?)e["Path"] == "/risks" && (string?)e["UserId"] != "anonymous"
        );
    }

    [Fact]
    public async Task TokenCreatedAndRoleGiven_AreRecordedWithWhoDidIt()
    {
        var account = await TestAccounts.CreateAsync(_app);
        var browser = Client();
        await TestAccounts.TrySignInAsync(browser, account.Email, account.Password);
        await ApiTokenTests.CreateTokenAsync(browser, "Monitoring");
        var admin = Client();
        await TestAccounts.TrySignInAsync(admin, DemoUsers.For(Role.Administrator).Email, AppFactory.Password);
        var council = await TestAccounts.OrganisationIdAsync(_app, DemoUsers.Council);
        await admin.PostFormAsync(
            $"/admin/users/{account.Id}/roles/add",
            new() { ["Organisation"] = council.ToString(), ["Role"] = nameof(Role.Auditor) }
        );

        Assert.Equal(account.Id, Assert.Single(_log.Events(1020))["UserId"]);
        var role = Assert.Single(_log.Events(1030));
        Assert.Equal(nameof(Role.Auditor), role["Role"]);
        Assert.Equal(account.Id, role["UserId"]);
        Assert.Equal("given to", role["Change"]);
    }

    public void Dispose()
    {
        _logged.Dispose();
        _app.Dispose();
    }

    /// <summary>The security category's events as structured properties.</summary>
    private sealed class CapturedLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<(int Id, Dictionary<string, object?> Values)> _events = new();

        public IReadOnlyList<Dictionary<string, object?>> Events(int id) =>
            _events.Where(e => e.Id == id).Select(e => e.Values).ToList();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName == SecurityLog.Category, _events);

        public void Dispose() { }

        private sealed class Logger(bool security, ConcurrentQueue<(int, Dictionary<string, object?>)> events) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => security;

            public void Log<TState>(
                LogLevel logLevel,
                EventId eventId,
                TState state,
                Exception? exception,
                Func<TState, Exception?, string> formatter
            )
            {
                if (security && state is IReadOnlyList<KeyValuePair<string, object?>> values)
                    events.Enqueue((eventId.Id, values.ToDictionary(v => v.Key, v => v.Value)));
            }
        }
    }
}
