using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>
/// The data-protection keys, which sign session cookies, are stored in the database encrypted with the operator's
/// certificate: a copy of the database alone cannot make or read a cookie, while every node holding the certificate
/// (or, after a rotation, the previous one) reads the others' cookies. On the database the suite runs on.
/// </summary>
public sealed class KeyProtectionTests : IDisposable
{
    private const string Password = "test-pfx-password";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cc-tests", "keys-" + Guid.NewGuid().ToString("N"));
    private readonly List<IDisposable> _apps = [];

    [Fact]
    public async Task KeysInTheDatabase_AreEncryptedToTheCertificate_AndAnotherNodeWithItReadsTheSessionCookie()
    {
        var pfx = TestCertificates.WritePfx(_dir, Password);
        var app = WithCertificate(AppWithNoKeysYet(), pfx);

        var cookie = await app.SessionCookieFor(Role.Commissioner);

        var keys = await KeysAsync(app);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => AssertEncryptedTo(xml, pfx));
        using var otherNode = app.WithWebHostBuilder(_ => { }); // its own key ring, read from the database
        Assert.Equal(HttpStatusCode.OK, (await GetAccountAsync(otherNode, cookie)).StatusCode);
    }

    [Fact]
    public async Task NodeWithoutTheCertificate_CannotReadTheKeys_SoTheSessionCookieIsRefused()
    {
        var app = WithCertificate(AppWithNoKeysYet(), TestCertificates.WritePfx(_dir, Password));
        var cookie = await app.SessionCookieFor(Role.Commissioner);

        // As someone holding a copy of the database but not the certificate.
        using var withoutIt = app.WithWebHostBuilder(b =>
            b.UseSetting("DataProtection:CertificatePath", "").UseSetting("DataProtection:CertificatePassword", "")
        );

        var answer = await GetAccountAsync(withoutIt, cookie);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("/account/sign-in", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AfterRotation_KeysOfThePreviousCertificateAreStillRead_AndNewKeysUseTheNewOne()
    {
        var old = TestCertificates.WritePfx(_dir, Password, "2026");
        var app = WithCertificate(AppWithNoKeysYet(), old);
        var cookie = await app.SessionCookieFor(Role.Commissioner);
        var next = TestCertificates.WritePfx(_dir, "another-password", "2027");

        using var rotated = app.WithWebHostBuilder(b =>
            b.UseSetting("DataProtection:CertificatePath", next)
                .UseSetting("DataProtection:CertificatePassword", "another-password")
                .UseSetting("DataProtection:PreviousCertificates:0:Path", old)
                .UseSetting("DataProtection:PreviousCertificates:0:Password", Password)
        );

        Assert.Equal(HttpStatusCode.OK, (await GetAccountAsync(rotated, cookie)).StatusCode);
        var clock = app.Clock.GetUtcNow();
        rotated.Services.GetRequiredService<IKeyManager>().CreateNewKey(clock, clock.AddDays(90));
        var newest = (await KeysAsync(app))[^1];
        AssertEncryptedTo(newest, next, "another-password");
    }

    /// <summary>The tests' own copy of the seeded database with the data-protection keys the template's start made
    /// taken out, so every key in it was made by the app under test.</summary>
    private AppFactory AppWithNoKeysYet()
    {
        var settings = TestDatabase.SeededDatabaseSettings(out var cleanUp);
        TestDatabase.Execute(settings, "DELETE FROM \"DataProtectionKeys\"");
        var app = new AppFactory(settings, cleanUp, AppFactory.Start);
        _apps.Add(app);
        return app;
    }

    private static AppFactory WithCertificate(AppFactory app, string pfx) =>
        app.WithSetting("DataProtection:CertificatePath", pfx)
            .WithSetting("DataProtection:CertificatePassword", Password);

    private static async Task<List<string>> KeysAsync(AppFactory app)
    {
        await using var scope = app.Scope(out var db);
        return await db.DataProtectionKeys.OrderBy(k => k.Id).Select(k => k.Xml!).ToListAsync();
    }

    /// <summary>The key's secret is an XML-encrypted element naming the certificate, with no master key in plain
    /// text.</summary>
    private static void AssertEncryptedTo(string xml, string pfx, string password = Password)
    {
        Assert.Contains("<encryptedSecret", xml);
        Assert.Contains("<EncryptedData", xml);
        Assert.Contains(TestCertificates.Base64Of(pfx, password), xml);
        Assert.DoesNotContain("<masterKey", xml);
        Assert.DoesNotContain("<value>", xml);
    }

    private static Task<HttpResponseMessage> GetAccountAsync(WebApplicationFactory<Program> node, string cookie)
    {
        var client = node.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client.GetAsync("/account");
    }

    public void Dispose()
    {
        foreach (var app in _apps)
            app.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException) { }
    }
}
