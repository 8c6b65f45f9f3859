using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>
/// Data protection reads its keys from the database with plain SQL (<see cref="DatabaseKeyRepository"/>), on the
/// database the suite runs on: every well-formed row is a key, a row that is not XML is passed over without stopping
/// the others, and a new key is saved to the same table.
/// </summary>
public sealed class DatabaseKeyRepositoryTests : IDisposable
{
    private readonly AppFactory _app;

    public DatabaseKeyRepositoryTests()
    {
        var settings = TestDatabase.SeededDatabaseSettings(out var cleanUp);
        TestDatabase.Execute(
            settings,
            """INSERT INTO "DataProtectionKeys" ("FriendlyName", "Xml") VALUES ('broken', '<key id="half')"""
        );
        _app = new AppFactory(settings, cleanUp, AppFactory.Start);
    }

    [Fact]
    public async Task EveryWellFormedRow_IsAKey_AndTheBrokenOneIsPassedOver()
    {
        var repository = _app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
        Assert.IsType<DatabaseKeyRepository>(repository);

        var rows = await RowsAsync();
        var elements = repository.GetAllElements();
        Assert.Equal(rows.Count(xml => xml.StartsWith("<key id=\"", StringComparison.Ordinal)) - 1, elements.Count);
        Assert.All(elements, e => Assert.Equal("key", e.Name.LocalName));
        Assert.Equal(
            HttpStatusCode.OK,
            (await (await _app.SignedInAs(Role.Commissioner)).GetAsync("/account")).StatusCode
        );
    }

    [Fact]
    public async Task ANewKey_IsSavedToTheTable_AndReadBack()
    {
        var before = (await RowsAsync()).Count;
        var now = _app.Clock.GetUtcNow();
        var made = _app.Services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));

        var rows = await RowsAsync();
        Assert.Equal(before + 1, rows.Count);
        Assert.Contains(rows, xml => xml.Contains(made.KeyId.ToString(), StringComparison.Ordinal));
        var repository = _app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository!;
        Assert.Contains(repository.GetAllElements(), e => (string?)e.Attribute("id") == made.KeyId.ToString());
    }

    private async Task<List<string>> RowsAsync()
    {
        await using var scope = _app.Scope(out var db);
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    public void Dispose() => _app.Dispose();
}
