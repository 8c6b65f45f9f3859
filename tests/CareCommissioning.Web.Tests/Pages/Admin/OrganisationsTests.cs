using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Admin.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Admin;

public sealed class OrganisationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task List_SearchTypeFilterAndPaging_ShowMatchingOrganisations()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        for (var i = 0; i < 5; i++)
            await AddAsync(admin, $"Paging test {i} " + Suffix());
        int active;
        await using (var scope = app.Scope(out var db))
            active = await db.Organisations.CountAsync(o => !o.Archived);
        Assert.True(active > 25);

        var first = await admin.GetDocumentAsync("/admin/organisations");
        Assert.Equal("Organisations – Care Commissioning", first.Title);
        Assert.Contains($"Showing 1 to 25 of {active} organisations", first.QuerySelector("main")!.TextContent);
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(
            "/admin/organisations?page=2",
            first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")
        );

        // A page past the end shows the last page rather than an empty list.
        var beyond = await admin.GetDocumentAsync("/admin/organisations?page=999");
        Assert.Contains($"Showing 26 to {active} of {active}", beyond.QuerySelector("main")!.TextContent);

        var search = await admin.GetDocumentAsync("/admin/organisations?Search=northshire&Type=Council");
        Assert.Equal(
            [DemoUsers.Council],
            search.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()).ToList()
        );
        Assert.Equal("northshire", search.FieldValue("Search"));
        Assert.Equal("Council", search.FieldValue("Type"));

        var providers = await admin.GetDocumentAsync("/admin/organisations?Type=CareProvider");
        Assert.Contains("of 20 organisations", providers.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task List_HostileOrOverlongQuery_GivesAClearAnswerNot500()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var hostile = await admin.GetAsync("/admin/organisations?Search=%27%20OR%20%271%27%3D%271&Type=99&page=abc");
        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);
        Assert.Contains("No organisations match your search", await hostile.Content.ReadAsStringAsync());

        var longSearch = await admin.GetAsync("/admin/organisations?Search=" + new string('a', 201));
        Assert.Equal(HttpStatusCode.BadRequest, longSearch.StatusCode);
        var doc = await HtmlClient.ParseAsync(longSearch);
        Assert.Equal(["Search must be 200 characters or fewer"], doc.ErrorSummary());
        Assert.StartsWith("Error: ", doc.Title);
    }

    [Fact]
    public async Task Add_Valid_CreatesItAndMakesTheCreatorItsAdministrator()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var name = "Dale Carers Network " + Suffix();
        var response = await admin.PostFormAsync(
            "/admin/organisations/add",
            new()
            {
                ["Input.Name"] = "  " + name + " ",
                ["Input.Type"] = "VoluntarySector",
                ["Input.Code"] = "",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await admin.GetDocumentAsync(response.Headers.Location!.ToString());
        Assert.Contains(
            "You are its administrator",
            page.QuerySelector(".govuk-notification-banner--success")!.TextContent
        );
        Assert.Equal(name, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Created by admin@demo.test", Normalise(page.QuerySelector("main")!.TextContent));

        await using var scope = app.Scope(out var db);
        var org = await db.Organisations.SingleAsync(o => o.Name == name);
        Assert.Equal(OrganisationType.VoluntarySector, org.Type);
        Assert.Null(org.Code);
        var adminId = await db
            .Users.Where(u => u.Email == DemoUsers.For(Role.Administrator).Email)
            .Select(u => u.Id)
            .SingleAsync();
        Assert.True(
            await db.Memberships.AnyAsync(m =>
                m.UserId == adminId && m.OrganisationId == org.Id && m.Role == Role.Administrator
            )
        );
    }

    [Fact]
    public async Task Add_EmptyOverlongOrHostile_Gives400WithMessagesAndKeepsAnswers()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var before = await TestAccounts.LastAuditSequenceAsync(app);

        var empty = await admin.PostFormAsync(
            "/admin/organisations/add",
            new() { ["Input.Name"] = "", ["Input.Code"] = "" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var doc = await HtmlClient.ParseAsync(empty);
        Assert.Equal("Error: Add an organisation – Care Commissioning", doc.Title);
        Assert.Equal(["Enter the organisation's name", "Select the type of organisation"], doc.ErrorSummary());

        var longName = new string('x', 201);
        var bad = await admin.PostFormAsync(
            "/admin/organisations/add",
            new()
            {
                ["Input.Name"] = longName,
                ["Input.Type"] = "7",
                ["Input.Code"] = new string('c', 51),
            }
        );
        var badDoc = await HtmlClient.ParseAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(
            [
                "Name must be 200 characters or fewer",
                "Select a type of organisation from the list",
                "Code must be 50 characters or fewer",
            ],
            badDoc.ErrorSummary()
        );
        Assert.Equal(longName, badDoc.FieldValue("Input.Name"));

        var duplicate = await admin.PostFormAsync(
            "/admin/organisations/add",
            new() { ["Input.Name"] = DemoUsers.Council.ToUpperInvariant(), ["Input.Type"] = "Council" }
        );
        Assert.Equal(
            ["An organisation with this name already exists"],
            (await HtmlClient.ParseAsync(duplicate)).ErrorSummary()
        );
        Assert.Equal(before, await TestAccounts.LastAuditSequenceAsync(app));

        // A hostile name is stored as text and shown escaped.
        var hostileName = "<script>alert(1)</script>'; DROP TABLE Organisations;-- " + Suffix();
        var hostile = await admin.PostFormAsync(
            "/admin/organisations/add",
            new() { ["Input.Name"] = hostileName, ["Input.Type"] = "Other" }
        );
        Assert.Equal(HttpStatusCode.Redirect, hostile.StatusCode);
        var html = await admin.GetStringAsync(hostile.Headers.Location!.ToString());
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Edit_StaleVersion_IsRefusedWithAClearMessageAndTheAnswersKept()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var id = await AddAsync(admin, "Stale test " + Suffix());
        var form = await admin.GetDocumentAsync($"/admin/organisations/{id}/edit");
        var version = form.FieldValue("Version")!;

        // Someone else saves first.
        await using (var scope = app.Scope(out var db))
        {
            var org = await db.Organisations.SingleAsync(o => o.Id == id);
            org.Code = "OTHER";
            await db.SaveChangesAsync();
        }

        var response = await admin.PostFormAsync(
            $"/admin/organisations/{id}/edit",
            new()
            {
                ["Version"] = version,
                ["Input.Name"] = "My new name " + Suffix(),
                ["Input.Type"] = "NhsBody",
                ["Input.Code"] = "MINE",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal([EditModel.StaleMessage], doc.ErrorSummary());
        Assert.Equal("MINE", doc.FieldValue("Input.Code"));
        Assert.Contains("Code: OTHER", doc.QuerySelector(".govuk-inset-text")!.TextContent);
        await using (var scope = app.Scope(out var db))
            Assert.Equal("OTHER", (await db.Organisations.SingleAsync(o => o.Id == id)).Code);

        // Saving again over the version now shown goes through.
        var again = await admin.PostFormAsync(
            $"/admin/organisations/{id}/edit",
            new()
            {
                ["Version"] = doc.FieldValue("Version")!,
                ["Input.Name"] = "Resaved " + Suffix(),
                ["Input.Type"] = "NhsBody",
                ["Input.Code"] = "MINE",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using (var scope = app.Scope(out var db))
            Assert.Equal("MINE", (await db.Organisations.SingleAsync(o => o.Id == id)).Code);
    }

    [Fact]
    public async Task Edit_OrganisationYouDoNotAdminister_IsNotFound()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        // Not a care provider: the list test of this class counts the demo world's twenty.
        var provider = (
            await new OrganisationBuilder(app)
                .Named("Wolds Community Trust " + Suffix())
                .OfType(OrganisationType.VoluntarySector)
                .SaveAsync()
        ).Id;
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await admin.GetAsync($"/admin/organisations/{provider}/edit")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await admin.GetAsync($"/admin/organisations/{provider}/archive")).StatusCode
        );
        var details = await admin.GetDocumentAsync($"/admin/organisations/{provider}");
        Assert.Contains("You do not administer this organisation", details.QuerySelector("main")!.TextContent);
        Assert.Empty(details.QuerySelectorAll("a[href$='/edit']"));
    }

    [Fact]
    public async Task Archive_ThenRestore_ChangesStatusAndIsAudited()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var id = await AddAsync(admin, "Archive test " + Suffix());
        var confirm = await admin.GetDocumentAsync($"/admin/organisations/{id}/archive");
        var archived = await admin.PostFormAsync(
            $"/admin/organisations/{id}/archive",
            new() { ["Version"] = confirm.FieldValue("Version")! }
        );
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var page = await admin.GetDocumentAsync($"/admin/organisations/{id}");
        Assert.Contains("archived", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("Archived", page.QuerySelector(".govuk-summary-list")!.TextContent);

        // An archived organisation is not offered for new roles.
        var add = await admin.GetDocumentAsync("/admin/users/add");
        Assert.DoesNotContain(add.QuerySelectorAll("#Input_Organisation option"), o =>
            o.GetAttribute("value") == id.ToString()
        );

        var form = page.QuerySelector("form[action*='restore']")!;
        var restored = await admin.PostFormAsync(
            $"/admin/organisations/{id}",
            new() { ["version"] = form.QuerySelector("input[name=version]")!.GetAttribute("value")! },
            form.GetAttribute("action")
        );
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains(
            "restored",
            (await admin.GetDocumentAsync($"/admin/organisations/{id}"))
                .QuerySelector(".govuk-notification-banner")!
                .TextContent
        );
        await using var scope = app.Scope(out var db);
        Assert.False((await db.Organisations.SingleAsync(o => o.Id == id)).Archived);
        Assert.Equal(
            2,
            await db.AuditEntries.CountAsync(e =>
                e.EntityType == "Organisation"
                && e.EntityId == id.ToString()
                && e.Action == Domain.Audit.AuditAction.Updated
                && e.Changes.Contains("Archived")
            )
        );
    }

    private static async Task<Guid> AddAsync(HttpClient admin, string name)
    {
        var response = await admin.PostFormAsync(
            "/admin/organisations/add",
            new() { ["Input.Name"] = name, ["Input.Type"] = "Other" }
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private static string Normalise(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}
