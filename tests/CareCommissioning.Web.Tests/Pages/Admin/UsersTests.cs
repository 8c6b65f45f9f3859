using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Admin;

public sealed class UsersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task List_ShowsOnlyUsersOfOrganisationsYouAdminister()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var doc = await admin.GetDocumentAsync("/admin/users");
        var text = doc.QuerySelector("tbody")!.TextContent;
        Assert.Contains(DemoUsers.For(Role.Commissioner).Email, text);
        Assert.Contains(DemoUsers.For(Role.CommissioningPartner).Email, text); // a partner also holds a role in the council
        Assert.DoesNotContain(DemoUsers.For(Role.Provider).Email, text);
        Assert.DoesNotContain(DemoUsers.For(Role.Stakeholder).Email, text);

        var provider = await UserIdAsync(DemoUsers.For(Role.Provider).Email);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/users/{provider}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/users/{provider}/reset-password")).StatusCode);
    }

    [Fact]
    public async Task List_SearchAndRoleFilter_NarrowTheList()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var byName = await admin.GetDocumentAsync("/admin/users?Search=priya");
        Assert.Equal(["Priya Shah"], byName.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()).ToList());

        var byEmail = await admin.GetDocumentAsync("/admin/users?Search=FINANCE%40demo");
        Assert.Equal(["Tom Evans"], byEmail.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()).ToList());

        var council = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Council);
        var auditors = await admin.GetDocumentAsync($"/admin/users?Organisation={council}&Role=Auditor");
        Assert.Contains("Farah Iqbal", auditors.QuerySelector("tbody")!.TextContent);
        Assert.All(auditors.QuerySelectorAll("tbody tr"), row => Assert.Contains("Auditor", row.TextContent));

        var hostile = await admin.GetAsync("/admin/users?Search=%3Cscript%3E&Organisation=not-a-guid&Role=God&page=-3");
        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);
        Assert.Contains("No users match your search", await hostile.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Add_Valid_ShowsTheTemporaryPasswordOnceAndTheUserCanSignIn()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var council = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Council);
        var email = $"new-{Guid.NewGuid():N}@demo.test";
        var response = await admin.PostFormAsync("/admin/users/add",
        [
            new("Input.Name", "Nadia Khan"), new("Input.Email", email), new("Input.Organisation", council.ToString()),
            new("Input.Roles", "Commissioner"), new("Input.Roles", "Purchaser"), new("Input.Password", "temporary-password-123"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = response.Headers.Location!.ToString();
        Assert.EndsWith("/added", confirmation);

        var page = await admin.GetDocumentAsync(confirmation);
        Assert.Equal("User added", page.QuerySelector("h1.govuk-panel__title")!.TextContent.Trim());
        Assert.Equal("temporary-password-123", page.QuerySelector("#temporary-password")!.TextContent.Trim());
        // Shown once: on reload it is gone.
        var again = await admin.GetAsync(confirmation);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        await using (var scope = app.Scope(out var db))
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            Assert.Equal("Nadia Khan", user.DisplayName);
            var roles = await db.Memberships.Where(m => m.UserId == user.Id).Select(m => m.Role).OrderBy(r => r).ToListAsync();
            Assert.Equal([Role.Commissioner, Role.Purchaser], roles);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "ApplicationUser" && e.EntityId == user.Id && e.Changes.Contains("(hidden)")));
            Assert.False(await db.AuditEntries.AnyAsync(e => e.Changes.Contains("temporary-password-123")));
        }
        await TestAccounts.SignInAsync(app, email, "temporary-password-123");
    }

    [Fact]
    public async Task Add_MissingOrWrongAnswers_Gives400WithMessagesInFieldOrderAndNoPasswordEchoed()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var empty = await admin.PostFormAsync("/admin/users/add", new() { ["Input.Name"] = "", ["Input.Email"] = "", ["Input.Organisation"] = "", ["Input.Password"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var doc = await HtmlClient.ParseAsync(empty);
        Assert.StartsWith("Error: Add a user", doc.Title);
        Assert.Equal(["Enter the user's full name", "Enter an email address", "Select an organisation", "Select at least one role", "Enter a temporary password"], doc.ErrorSummary());

        var provider = await TestAccounts.OrganisationIdAsync(app, DemoUsers.FirstProvider);
        var wrong = await admin.PostFormAsync("/admin/users/add",
        [
            new("Input.Name", new string('n', 201)), new("Input.Email", "not an email"), new("Input.Organisation", provider.ToString()),
            new("Input.Roles", "Overlord"), new("Input.Password", "short"),
        ]);
        var wrongDoc = await HtmlClient.ParseAsync(wrong);
        Assert.Equal(["Full name must be 200 characters or fewer", "Enter an email address in the correct format, like name@example.com",
            "Select an organisation you administer", "Select roles from the list", "Temporary password must be 12 characters or more"], wrongDoc.ErrorSummary());
        Assert.Equal("not an email", wrongDoc.FieldValue("Input.Email"));
        Assert.Equal("", wrongDoc.FieldValue("Input.Password"));

        var council = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Council);
        var duplicate = await admin.PostFormAsync("/admin/users/add",
        [
            new("Input.Name", "Someone"), new("Input.Email", DemoUsers.For(Role.Auditor).Email.ToUpperInvariant()), new("Input.Organisation", council.ToString()),
            new("Input.Roles", "Auditor"), new("Input.Password", "long-enough-password"),
        ]);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(["A user with this email address already exists"], (await HtmlClient.ParseAsync(duplicate)).ErrorSummary());
    }

    [Fact]
    public async Task Roles_GiveAndRemove_ApplyAtOnceAndRespectTheRules()
    {
        var account = await TestAccounts.CreateAsync(app, Role.Commissioner);
        var admin = await app.SignedInAs(Role.Administrator);
        var council = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Council);
        var provider = await TestAccounts.OrganisationIdAsync(app, DemoUsers.FirstProvider);
        var user = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        Assert.NotEqual(HttpStatusCode.OK, (await user.GetAsync("/audit")).StatusCode);

        // The only role cannot be removed: there is no link and the page is not found.
        var details = await admin.GetDocumentAsync($"/admin/users/{account.Id}");
        Assert.Contains("A user needs at least one role", details.QuerySelector("tbody")!.TextContent);

        var refused = await admin.PostFormAsync($"/admin/users/{account.Id}/roles/add", new() { ["Organisation"] = provider.ToString(), ["Role"] = "Auditor" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Select an organisation you administer"], (await HtmlClient.ParseAsync(refused)).ErrorSummary());

        var given = await admin.PostFormAsync($"/admin/users/{account.Id}/roles/add", new() { ["Organisation"] = council.ToString(), ["Role"] = "Auditor" });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/audit")).StatusCode); // from their very next request

        var twice = await admin.PostFormAsync($"/admin/users/{account.Id}/roles/add", new() { ["Organisation"] = council.ToString(), ["Role"] = "Auditor" });
        Assert.Contains("already has this role", (await HtmlClient.ParseAsync(twice)).ErrorSummary().Single());

        Guid auditorRole;
        await using (var scope = app.Scope(out var db))
            auditorRole = await db.Memberships.Where(m => m.UserId == account.Id && m.Role == Role.Auditor).Select(m => m.Id).SingleAsync();
        var removed = await admin.PostFormAsync($"/admin/users/{account.Id}/roles/{auditorRole}/remove", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await user.GetAsync("/audit")).StatusCode);

        Guid onlyRole;
        await using (var scope = app.Scope(out var db))
            onlyRole = await db.Memberships.Where(m => m.UserId == account.Id).Select(m => m.Id).SingleAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/users/{account.Id}/roles/{onlyRole}/remove")).StatusCode);
    }

    [Fact]
    public async Task Administrator_CannotDisableThemselvesOrRemoveTheirOwnAdministratorRole()
    {
        var admin = await app.SignedInAs(Role.Administrator);
        var me = await UserIdAsync(DemoUsers.For(Role.Administrator).Email);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/users/{me}/disable")).StatusCode);
        var page = await admin.GetDocumentAsync($"/admin/users/{me}");
        Assert.Empty(page.QuerySelectorAll("a[href$='/disable']"));
        Assert.Contains("You cannot remove your own administrator role", page.QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task DisableThenEnable_ControlsSignIn()
    {
        var account = await TestAccounts.CreateAsync(app);
        var admin = await app.SignedInAs(Role.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{account.Id}/disable", [])).StatusCode);
        var page = await admin.GetDocumentAsync($"/admin/users/{account.Id}");
        Assert.Contains("is disabled", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("Disabled", page.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await TestAccounts.TrySignInAsync(app.NewClient(), account.Email, account.Password)).StatusCode);

        var enable = page.QuerySelector("form[action*='handler=enable']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{account.Id}", [], enable)).StatusCode);
        await TestAccounts.SignInAsync(app, account.Email, account.Password);
    }

    [Fact]
    public async Task Unlock_LockedOutUser_CanSignInAgain()
    {
        var account = await TestAccounts.CreateAsync(app);
        var client = app.NewClient();
        for (var i = 0; i < 5; i++) await TestAccounts.TrySignInAsync(client, account.Email, "wrong-password-" + i);
        var admin = await app.SignedInAs(Role.Administrator);
        var page = await admin.GetDocumentAsync($"/admin/users/{account.Id}");
        Assert.Contains("Locked out", page.QuerySelector(".govuk-summary-list")!.TextContent);

        var unlock = page.QuerySelector("form[action*='handler=unlock']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{account.Id}", [], unlock)).StatusCode);
        await TestAccounts.SignInAsync(app, account.Email, account.Password);
    }

    [Fact]
    public async Task ResetPassword_NewTemporaryPassword_EndsSessionsAndIsShownOnce()
    {
        var account = await TestAccounts.CreateAsync(app);
        var session = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        var admin = await app.SignedInAs(Role.Administrator);

        var tooShort = await admin.PostFormAsync($"/admin/users/{account.Id}/reset-password", new() { ["Password"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(["Temporary password must be 12 characters or more"], (await HtmlClient.ParseAsync(tooShort)).ErrorSummary());

        var reset = await admin.PostFormAsync($"/admin/users/{account.Id}/reset-password", new() { ["Password"] = "reset-by-admin-2026" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var shown = await admin.GetDocumentAsync(reset.Headers.Location!.ToString());
        Assert.Equal("Password reset", shown.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("reset-by-admin-2026", shown.QuerySelector("#temporary-password")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync(reset.Headers.Location!.ToString())).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await TestAccounts.TrySignInAsync(app.NewClient(), account.Email, account.Password)).StatusCode);
        await TestAccounts.SignInAsync(app, account.Email, "reset-by-admin-2026");
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = app.Scope(out var db);
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
