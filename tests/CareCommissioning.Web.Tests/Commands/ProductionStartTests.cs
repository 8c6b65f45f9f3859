using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace CareCommissioning.Web.Tests.Commands;

/// <summary>What a council's first start in Production does with demo data: nothing unless asked, and never with the
/// password the README prints. Always on SQLite files of the test's own.</summary>
[Trait(OwnSqliteFiles.Trait, OwnSqliteFiles.Value)]
public sealed class ProductionStartTests : IDisposable
{
    private const string CertificatePassword = "test-pfx-password";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("N"));
    private readonly string _certificate;

    public ProductionStartTests() => _certificate = TestCertificates.WritePfx(_dir, CertificatePassword);

    [Fact]
    public async Task ProductionStart_ByDefault_SeedsNoUsersAndPrintsNoPassword()
    {
        var path = Path.Combine(_dir, "live.db");
        var run = await AppProcess.StartThenStopAsync(Production(path));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(SeedOptions.PublishedDemoPassword, run.Output);
        Assert.DoesNotContain("@demo.test", run.Output);
        Assert.Equal(0L, await AppProcess.CountRowsAsync(path, "AspNetUsers"));
        Assert.Equal(0L, await AppProcess.CountRowsAsync(path, "Organisations"));
    }

    [Fact]
    public async Task ProductionStart_AskedForDemoDataWithThePublishedPassword_RefusesToStart()
    {
        var path = Path.Combine(_dir, "asked.db");
        var settings = Production(path);
        settings["Seed__DemoOnFirstRun"] = "true";

        var run = await AppProcess.RunAsync(settings);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Seed:DemoOnFirstRun is true in Production", run.Error);
        Assert.False(File.Exists(path) && await AppProcess.CountRowsAsync(path, "AspNetUsers") > 0);
    }

    [Fact]
    public async Task ProductionStart_DemoAccountsStillOnThePublishedPassword_RefusesToStartAndNamesThem()
    {
        var path = Path.Combine(_dir, "was-a-demo.db");
        using (var demo = new SqliteFileApp(path, demo: true, demoPassword: null))
            _ = demo.Services; // seeds the demo world with the published password, as the README's run command does

        var run = await AppProcess.RunAsync(Production(path));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("still sign in with the password printed in the README", run.Error);
        Assert.Contains("admin@demo.test", run.Error);
    }

    [Fact]
    public async Task ProductionStart_WithoutAPublicAddress_RefusesToStart()
    {
        var settings = Production(Path.Combine(_dir, "no-address.db"));
        settings["PublicAddress"] = null;

        var run = await AppProcess.RunAsync(settings);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Set PublicAddress", run.Error);
    }

    [Fact]
    public async Task ProductionStart_WithoutADataProtectionCertificate_RefusesToStartAndNamesTheSetting()
    {
        var settings = Production(Path.Combine(_dir, "no-certificate.db"));
        settings["DataProtection__CertificatePath"] = null;
        settings["DataProtection__CertificatePassword"] = null;

        var run = await AppProcess.RunAsync(settings);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Set DataProtection:CertificatePath to a PFX certificate file", run.Error);
        Assert.Contains("DataProtection:AllowUnencryptedKeys=true", run.Error);
    }

    [Fact]
    public async Task ProductionStart_CertificateWithTheWrongPassword_RefusesToStartAndNamesTheSetting()
    {
        var settings = Production(Path.Combine(_dir, "wrong-password.db"));
        settings["DataProtection__CertificatePassword"] = "not-the-password";

        var run = await AppProcess.RunAsync(settings);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("DataProtection:CertificatePath", run.Error);
        Assert.Contains("could not be opened as a PFX file with its password", run.Error);
        Assert.DoesNotContain("not-the-password", run.Error + run.Output);
    }

    [Fact]
    public async Task ProductionStart_AllowedToStoreKeysUnencrypted_StartsAndWarns()
    {
        var settings = Production(Path.Combine(_dir, "opted-out.db"));
        settings["DataProtection__CertificatePath"] = null;
        settings["DataProtection__AllowUnencryptedKeys"] = "true";

        var run = await AppProcess.StartThenStopAsync(settings);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Data-protection keys are stored in the database unencrypted", run.Output);
    }

    [Fact]
    public async Task ProductionStart_WithTheCertificate_StoresTheKeysEncrypted()
    {
        var path = Path.Combine(_dir, "encrypted.db");
        var port = AppProcess.FreePort();
        var settings = Production(path);
        settings["Urls"] = $"http://127.0.0.1:{port}";
        settings["PublicAddress"] = "http://127.0.0.1"; // plain HTTP, so the page is served rather than redirected
        HttpResponseMessage? signIn = null;

        var run = await AppProcess.StartThenStopAsync(settings, async () =>
        {
            // The sign-in form's anti-forgery token is protected with the key ring, so a key surely exists.
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            signIn = await http.GetAsync("/account/sign-in");
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, signIn!.StatusCode);
        var keys = await AppProcess.ReadColumnAsync(path, "DataProtectionKeys", "Xml");
        Assert.NotEmpty(keys);
        foreach (var xml in keys)
        {
            Assert.Contains("<EncryptedData", xml);
            Assert.Contains(TestCertificates.Base64Of(_certificate, CertificatePassword), xml);
            Assert.DoesNotContain("<masterKey", xml);
        }
    }

    [Fact]
    public async Task ProductionServer_NamesNoServerSoftware_AndRefusesTrace()
    {
        var port = AppProcess.FreePort();
        var settings = Production(Path.Combine(_dir, "headers.db"));
        settings["Urls"] = $"http://127.0.0.1:{port}";
        settings["PublicAddress"] = "http://127.0.0.1"; // plain HTTP, so the request is served rather than redirected
        HttpResponseMessage? live = null;
        HttpResponseMessage? trace = null;

        var run = await AppProcess.StartThenStopAsync(settings, async () =>
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            live = await http.GetAsync("/health/live");
            trace = await http.SendAsync(new HttpRequestMessage(HttpMethod.Trace, "/"));
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, live!.StatusCode);
        Assert.False(live.Headers.Contains("Server"), "Server: " + string.Join(",", live.Headers.Server));
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, trace!.StatusCode);
    }

    [Fact]
    public async Task NewInstallation_FirstUserMadeByTheCommand_SignsIn_SetsUpTwoFactor_AndMayAddAnOrganisation()
    {
        var path = Path.Combine(_dir, "new.db");
        var settings = Production(path);
        Assert.Equal(0, (await AppProcess.RunAsync(settings, "migrate")).ExitCode);

        var made = await AppProcess.RunAsync(
            settings,
            "platform-administrator",
            "--email",
            "jo.bloggs@northshire.example",
            "--name",
            "Jo Bloggs"
        );

        Assert.True(made.ExitCode == 0, made.ToString());
        // As shipped, the password is kept as a PBKDF2 hash of the platform's full rounds (the tests' apps use fewer).
        var hash = Convert.FromBase64String(
            Assert.Single(await AppProcess.ReadColumnAsync(path, "AspNetUsers", "PasswordHash"))
        );
        Assert.Equal(0x01, hash[0]); // ASP.NET Core Identity's version 3 format: PRF, rounds and salt length follow
        var rounds = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4));
        Assert.True(rounds >= new PasswordHasherOptions().IterationCount, $"{rounds} rounds");
        var password = made.Output.Split("shown only now: ")[1].Split('\n')[0].Trim();
        using var app = new SqliteFileApp(path, demo: false);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var signedIn = await client.PostFormAsync(
            "/account/sign-in",
            new() { ["Input.Email"] = "jo.bloggs@northshire.example", ["Input.Password"] = password }
        );
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        // As shipped, an administrator sets up two-factor sign-in before anything else.
        var first = await client.GetAsync("/admin/organisations/add");
        Assert.Equal("/account/two-factor/set-up", first.Headers.Location?.OriginalString);
        await Security.AuthenticatorApp.SetUpAsync(client, TimeProvider.System);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/admin/organisations/add")).StatusCode);
    }

    [Fact]
    public async Task DemoEnvironment_SeedsTheDemoWorld_AsTheReadmeRunCommandDoes()
    {
        var path = Path.Combine(_dir, "demo.db");
        var settings = Production(path);
        settings["ASPNETCORE_ENVIRONMENT"] = "Demo";
        settings["Seed__DemoOnFirstRun"] = null;

        var run = await AppProcess.StartThenStopAsync(settings);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("admin@demo.test", run.Output);
        Assert.True(await AppProcess.CountRowsAsync(path, "AspNetUsers") >= DemoUsers.All.Count);
    }

    [Theory]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    [InlineData("ASPNETCORE_URLS")]
    public async Task ProductionStart_ThePlatformsAddressSetting_IsWhereItListens(string setting)
    {
        // A container sets ASPNETCORE_HTTP_PORTS; a host sets ASPNETCORE_URLS. Either must win over the default.
        var port = AppProcess.FreePort();
        var settings = Production(Path.Combine(_dir, $"{setting}.db"));
        settings["PublicAddress"] = "http://127.0.0.1";
        settings["Urls"] = null; // the tests' own default, taken away: only the platform's setting is left
        settings[setting] = setting == "ASPNETCORE_URLS" ? $"http://127.0.0.1:{port}" : $"{port}";
        HttpResponseMessage? live = null;

        var run = await AppProcess.StartThenStopAsync(settings, async () =>
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            live = await http.GetAsync("/health/live");
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, live!.StatusCode);
        Assert.Contains($":{port}", run.Output.Split('\n').Single(l => l.Contains("Care Commissioning is running at")));
    }

    [Fact]
    public async Task ProductionStart_AtAnAddressAlreadyInUse_RefusesToStartAndSaysWhyAndWhatToDo()
    {
        // Another program (or a second copy of the app) already listens on the port the operator gave.
        using var other = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        other.Start();
        var port = ((System.Net.IPEndPoint)other.LocalEndpoint).Port;
        var settings = Production(Path.Combine(_dir, "in-use.db"));
        settings["PublicAddress"] = "http://127.0.0.1";
        settings["Urls"] = null;
        settings["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        var run = await AppProcess.RunAsync(settings);

        var said = RefusedToStart(run);
        Assert.Contains($"http://127.0.0.1:{port}: address already in use.", said);
        Assert.Contains("ASPNETCORE_URLS", said);
        // The background loops stopped with the host are not reported as failed (about one start in three was).
        Assert.DoesNotContain("BackgroundService failed", run.Output + run.Error);
    }

    [Fact]
    public async Task ProductionStart_AtAnAddressNotOfThisMachine_RefusesToStartAndNamesTheAddress()
    {
        var settings = Production(Path.Combine(_dir, "elsewhere.db"));
        settings["PublicAddress"] = "http://127.0.0.1";
        settings["Urls"] = null;
        settings["ASPNETCORE_URLS"] = "http://192.0.2.1:5080"; // TEST-NET-1: documentation only, never a local address

        var run = await AppProcess.RunAsync(settings);

        var said = RefusedToStart(run);
        Assert.Contains("It could not listen at http://192.0.2.1:5080:", said);
    }

    [Fact]
    public async Task ProductionStart_OnAFileThatIsNotADatabase_RefusesToStartAndNamesTheFile()
    {
        var path = Path.Combine(_dir, "not-a-database.db");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7 % 251)).ToArray());

        var run = await AppProcess.RunAsync(Production(path));

        var said = RefusedToStart(run);
        Assert.Contains($"The SQLite database at {path} (Database:SqlitePath) could not be used", said);
        Assert.Contains("file is not a database", said);
    }

    [Fact]
    public async Task AdminCommand_OnAFileThatIsNotADatabase_SaysSoAndExitsWithTwo()
    {
        var path = Path.Combine(_dir, "not-a-database-either.db");
        await File.WriteAllTextAsync(
            path,
            "This is a note, not a database; a backup was restored over the wrong file."
        );

        var run = await AppProcess.RunAsync(Production(path), "verify-audit");

        Assert.Contains("file is not a database", RefusedToStart(run));
    }

    [Fact]
    public async Task AdminCommand_WithNoPostgresServerWhereTheSettingSays_SaysSoAndExitsWithTwo()
    {
        var port = AppProcess.FreePort(); // nothing listens there
        var settings = Production(Path.Combine(_dir, "unused-by-command.db"));
        settings["Database__Provider"] = "Postgres";
        settings["Database__ConnectionString"] = $"Host=127.0.0.1;Port={port};Username=care;Database=care;Timeout=5";

        var run = await AppProcess.RunAsync(settings, "verify-audit");

        var said = RefusedToStart(run);
        Assert.Contains("The PostgreSQL database in Database:ConnectionString could not be used", said);
        Assert.Contains($"127.0.0.1:{port}", said);
    }

    [Fact]
    public async Task ProductionStart_WithNoPostgresServerWhereTheSettingSays_RefusesToStartWithoutPrintingThePassword()
    {
        var port = AppProcess.FreePort(); // nothing listens there
        var settings = Production(Path.Combine(_dir, "unused.db"));
        settings["Database__Provider"] = "Postgres";
        settings["Database__ConnectionString"] =
            $"Host=127.0.0.1;Port={port};Username=care;Password=never-printed-7Q;Database=care;Timeout=5";

        var run = await AppProcess.RunAsync(settings);

        var said = RefusedToStart(run);
        Assert.Contains("The PostgreSQL database in Database:ConnectionString could not be used", said);
        Assert.Contains($"127.0.0.1:{port}", said);
        Assert.DoesNotContain("never-printed-7Q", run.Output + run.Error);
    }

    [Theory]
    [InlineData("ASPNETCORE_URLS", "not-a-url", "'not-a-url' is not an address to listen at")]
    [InlineData("ASPNETCORE_URLS", "ftp://127.0.0.1:5198", "it must start with http:// or https://")]
    [InlineData("ASPNETCORE_URLS", "http://127.0.0.1:99999", "its port must be from 1 to 65535")]
    [InlineData("ASPNETCORE_URLS", "http://127.0.0.1:eighty", "its port must be from 1 to 65535")]
    [InlineData("ASPNETCORE_HTTP_PORTS", "eighty", "'eighty' is not a port to listen on")]
    [InlineData("Database__Provider", "MySql", "'MySql' at 'Database:Provider'")]
    [InlineData("Outbox__Enabled", "maybe", "'maybe' at 'Outbox:Enabled'")]
    [InlineData("Session__IdleMinutes", "ten", "'ten' at 'Session:IdleMinutes'")]
    [InlineData("Session__IdleMinutes", "-5", "Session:IdleMinutes is -5; it must be from 1 to 1440.")]
    [InlineData("SignIn__WindowMinutes", "0", "SignIn:WindowMinutes is 0; it must be from 1 to 1440.")]
    public async Task ProductionStart_ASettingOfTheWrongKindOrOutOfRange_RefusesBeforeTouchingTheDatabaseAndNamesIt(
        string setting,
        string value,
        string named
    )
    {
        var path = Path.Combine(_dir, $"setting-{Guid.NewGuid():N}.db");
        var settings = Production(path);
        settings["Urls"] = null; // the tests' own address, taken away: an address given here is the only one
        settings[setting] = value;

        var run = await AppProcess.RunAsync(settings);

        var said = RefusedToStart(run);
        Assert.Contains(named, said);
        Assert.False(File.Exists(path), "refused before anything touched a database");
    }

    [Fact]
    public async Task ProductionStart_WithSeveralSettingsWrong_NamesEveryOneInItsRefusal()
    {
        var path = Path.Combine(_dir, $"settings-{Guid.NewGuid():N}.db");
        var settings = Production(path);
        settings["Outbox__Enabled"] = "maybe";
        settings["Session__IdleMinutes"] = "-5";
        settings["Session__AbsoluteHours"] = "48";

        var run = await AppProcess.RunAsync(settings);

        var said = RefusedToStart(run);
        Assert.Contains("'maybe' at 'Outbox:Enabled'", said);
        Assert.Contains("Session:IdleMinutes is -5; it must be from 1 to 1440.", said);
        Assert.Contains("Session:AbsoluteHours is 48; it must be from 1 to 24.", said);
        Assert.False(File.Exists(path), "refused before anything touched a database");
    }

    /// <summary>The run ended as a refused start does: exit code 2, no unhandled exception, and one line on standard
    /// error saying why, which is returned.</summary>
    private static string RefusedToStart(AppProcess.Run run)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.DoesNotContain("Unhandled exception", run.Error);
        return run.Error.Split('\n').Single(l => l.StartsWith("Care Commissioning cannot start:"));
    }

    private Dictionary<string, string?> Production(string path) =>
        new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Sqlite",
            ["Database__SqlitePath"] = path,
            ["Database__ConnectionString"] = "",
            ["PublicAddress"] = "https://care.example.gov.uk",
            ["DataProtection__CertificatePath"] = _certificate,
            ["DataProtection__CertificatePassword"] = CertificatePassword,
        };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException) { }
    }
}
