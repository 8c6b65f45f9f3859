using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Admin;

public sealed class UsersTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A new organisation and an administrator of it, signed in.</summary>
    private async Task<(Guid Organisation, TestUser Administrator, HttpClient Client)> AdministratorAsync()
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var administrator = await new UserBuilder(app).Named("Chris Lee").WithRole(Role.Administrator, org).SaveAsync();
        return (org, administrator, await app.SignedInAs(administrator));
    }

    [Fact]
    public async Task List_ShowsOnlyUsersOfOrganisationsYouAdminister()
    {
        var (council, _, admin) = await AdministratorAsync();
        var icb = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var commissioner = await new UserBuilder(app).WithRole(Role.Commissioner, council).SaveAsync();
        var partner = await new UserBuilder(app)
            .WithRole(Role.CommissioningPartner, icb)
            .WithRole(Role.CommissioningPartner, council)
            .SaveAsync();
        var providerUser = await new UserBuilder(app).WithRole(Role.Provider).SaveAsync();
        var stakeholder = await new UserBuilder(app).WithRole(Role.Stakeholder).SaveAsync();
        var doc = await admin.GetDocumentAsync("/admin/users");
        var text = doc.QuerySelector("tbody")!.TextContent;
        Assert.Contains(commissioner.Email, text);
        Assert.Contains(partner.Email, text); // a partner also holds a role in the council
        Assert.DoesNotContain(providerUser.Email, text);
        Assert.DoesNotContain(stakeholder.Email, text);

        var provider = providerUser.Id;
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/users/{provider}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await admin.GetAsync($"/admin/users/{provider}/reset-password")).StatusCode
        );
    }

    [Fact]
    public async Task List_SearchAndRoleFilter_NarrowTheList()
    {
        var (council, _, admin) = await AdministratorAsync();
        var mark = TestData.Mark();
        await new UserBuilder(app).Named("Priya Shah").WithRole(Role.Commissioner, council).SaveAsync();
        await new UserBuilder(app)
            .Named("Tom Evans")
            .WithEmail($"finance-{mark}@demo.test")
            .WithRole(Role.FinanceOfficer, council)
            .SaveAsync();
        await new UserBuilder(app).Named("Farah Iqbal").WithRole(Role.Auditor, council).SaveAsync();
        var byName = await admin.GetDocumentAsync("/admin/users?Search=priya");
        Assert.Equal(["Priya Shah"], byName.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()).ToList());

        var byEmail = await admin.GetDocumentAsync($"/admin/users?Search=FINANCE-{mark.ToUpperInvariant()}%40demo");
        Assert.Equal(["Tom Evans"], byEmail.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()).ToList());

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
        var (council, _, admin) = await AdministratorAsync();
        var email = $"new-{Guid.NewGuid():N}@demo.test";
        var response = await admin.PostFormAsync(
            "/admin/users/add",
            [
                new("Input.Name", "Nadia Khan"),
                new("Input.Email", email),
                new("Input.Organisation", council.ToString()),
                new("Input.Roles", "Commissioner"),
                new("Input.Roles", "Purchaser"),
                new("Input.Password", "temporary-password-2026"),
            ]
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = response.Headers.Location!.ToString();
        Assert.EndsWith("/added", confirmation);

        var page = await admin.GetDocumentAsync(confirmation);
        Assert.Equal("User added", page.QuerySelector("h1.govuk-panel__title")!.TextContent.Trim());
        Assert.Equal("temporary-password-2026", page.QuerySelector("#temporary-password")!.TextContent.Trim());
        // Shown once: on reload it is gone.
        var again = await admin.GetAsync(confirmation);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        await using (var scope = app.Scope(out var db))
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            Assert.Equal("Nadia Khan", user.DisplayName);
            var roles = await db
                .Memberships.Where(m => m.UserId == user.Id)
                .Select(m => m.Role)
                .OrderBy(r => r)
                .ToListAsync();
            Assert.Equal([Role.Commissioner, Role.Purchaser], roles);
            Assert.True(
                await db.AuditEntries.AnyAsync(e =>
                    e.EntityType == "ApplicationUser" && e.EntityId == user.Id && e.Changes.Contains("(hidden)")
                )
            );
            Assert.False(await db.AuditEntries.AnyAsync(e => e.Changes.Contains("temporary-password-2026")));
        }
        await TestAccounts.SignInAsync(app, email, "temporary-password-2026");
    }

    [Fact]
    public async Task Add_MissingOrWrongAnswers_Gives400WithMessagesInFieldOrderAndNoPasswordEchoed()
    {
        var (council, _, admin) = await AdministratorAsync();
        var empty = await admin.PostFormAsync(
            "/admin/users/add",
            new()
            {
                ["Input.Name"] = "",
                ["Input.Email"] = "",
                ["Input.Organisation"] = "",
                ["Input.Password"] = "",
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var doc = await HtmlClient.ParseAsync(empty);
        Assert.StartsWith("Error: Add a user", doc.Title);
        Assert.Equal(
            [
                "Enter the user's full name",
                "Enter an email address",
                "Select an organisation",
                "Select at least one role",
                "Enter a temporary password",
            ],
            doc.ErrorSummary()
        );

        var provider = (await new OrganisationBuilder(app).OfType(OrganisationType.CareProvider).SaveAsync()).Id;
        var wrong = await admin.PostFormAsync(
            "/admin/users/add",
            [
                new("Input.Name", new string('n', 201)),
                new("Input.Email", "not an email"),
                new("Input.Organisation", provider.ToString()),
                new("Input.Roles", "Overlord"),
                new("Input.Password", "short"),
            ]
        );
        var wrongDoc = await HtmlClient.ParseAsync(wrong);
        Assert.Equal(
            [
                "Full name must be 200 characters or fewer",
                "Enter an email address in the correct format, like name@example.com",
                "Select an organisation you administer",
                "Select roles from the list",
                "Temporary password must be 12 characters or more",
            ],
            wrongDoc.ErrorSummary()
        );
        Assert.Equal("not an email", wrongDoc.FieldValue("Input.Email"));
        Assert.Equal("", wrongDoc.FieldValue("Input.Password"));

        var auditor = await new UserBuilder(app).WithRole(Role.Auditor).SaveAsync();
        var duplicate = await admin.PostFormAsync(
            "/admin/users/add",
            [
                new("Input.Name", "Someone"),
                new("Input.Email", auditor.Email.ToUpperInvariant()),
                new("Input.Organisation", council.ToString()),
                new("Input.Roles", "Auditor"),
                new("Input.Password", "a-long-enough-password-2026"),
            ]
        );
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(
            ["A user with this email address already exists"],
            (await HtmlClient.ParseAsync(duplicate)).ErrorSummary()
        );
    }

    [Fact]
    public async Task Roles_GiveAndRemove_ApplyAtOnceAndRespectTheRules()
    {
        var (council, _, admin) = await AdministratorAsync();
        var account = await new UserBuilder(app).WithRole(Role.Commissioner, council).SaveAsync();
        var provider = (await new OrganisationBuilder(app).OfType(OrganisationType.CareProvider).SaveAsync()).Id;
        var user = await TestAccounts.SignInAsync(app, account.Email, account.Password);
        Assert.NotEqual(HttpStatusCode.OK, (await user.GetAsync("/audit")).StatusCode);

        // The only role cannot be removed: there is no link and the page is not found.
        var details = await admin.GetDocumentAsync($"/admin/users/{account.Id}");
        Assert.Contains("A user needs at least one role", details.QuerySelector("tbody")!.TextContent);

        var refused = await admin.PostFormAsync(
            $"/admin/users/{account.Id}/roles/add",
            new() { ["Organisation"] = provider.ToString(), ["Role"] = "Auditor" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Select an organisation you administer"], (await HtmlClient.ParseAsync(refused)).ErrorSummary());

        var given = await admin.PostFormAsync(
            $"/admin/users/{account.Id}/roles/add",
            new() { ["Organisation"] = council.ToString(), ["Role"] = "Auditor" }
        );
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/audit")).StatusCode); // from their very next request

        var twice = await admin.PostFormAsync(
            $"/admin/users/{account.Id}/roles/add",
            new() { ["Organisation"] = council.ToString(), ["Role"] = "Auditor" }
        );
        Assert.Contains("already has this role", (await HtmlClient.ParseAsync(twice)).ErrorSummary().Single());

        Guid auditorRole;
        await using (var scope = app.Scope(out var db))
            auditorRole = await db
                .Memberships.Where(m => m.UserId == account.Id && m.Role == Role.Auditor)
                .Select(m => m.Id)
                .SingleAsync();
        var removed = await admin.PostFormAsync($"/admin/users/{account.Id}/roles/{auditorRole}/remove", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await user.GetAsync("/audit")).StatusCode);

        Guid onlyRole;
        await using (var scope = app.Scope(out var db))
            onlyRole = await db.Memberships.Where(m => m.UserId == account.Id).Select(m => m.Id).SingleAsync();
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await admin.GetAsync($"/admin/users/{account.Id}/roles/{onlyRole}/remove")).StatusCode
        );
    }

    [Fact]
    public async Task Administrator_CannotDisableThemselvesOrRemoveTheirOwnAdministratorRole()
    {
        var (_, administrator, admin) = await AdministratorAsync();
        var me = administrator.Id;
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/users/{me}/disable")).StatusCode);
        var page = await admin.GetDocumentAsync($"/admin/users/{me}");
        Assert.Empty(page.QuerySelectorAll("a[href$='/disable']"));
        Assert.Contains("You cannot remove your own administrator role", page.QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task DisableThenEnable_ControlsSignIn()
    {
        var (council, _, admin) = await AdministratorAsync();
        var account = await new UserBuilder(app).WithRole(Role.Commissioner, council).SaveAsync();
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"/admin/users/{account.Id}/disable", [])).StatusCode
        );
        var page = await admin.GetDocumentAsync($"/admin/users/{account.Id}");
        Assert.Contains("is disabled", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("Disabled", page.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await TestAccounts.TrySignInAsync(app.NewClient(), account.Email, account.Password)).StatusCode
        );

        var enable = page.QuerySelector("form[action*='handler=enable']")!.GetAttribute("action")!;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"/admin/users/{account.Id}", [], enable)).StatusCode
        );
        await TestAccounts.SignInAsync(app, account.Email, account.Password);
    }

    [Fact]
    public async Task Unlock_LockedOutUser_CanSignInAgain()
    {
        var (council, _, admin) = await AdministratorAsync();
        var account = await new UserBuilder(app).WithRole(Role.Commissioner, council).SaveAsync();
        var client = app.NewClient();
        for (var i = 0; i < 5; i++)
            await TestAccounts.TrySignInAsync(client, account.Email, "wrong-password-" + i);
        var page = await admin.GetDocumentAsync($"/admin/users/{account.Id}");
        Assert.Contains("Locked out", page.QuerySelector(".govuk-summary-list")!.TextContent);

        var unlock = page.QuerySelector("form[action*='handler=unlock']")!.GetAttribute("action")!;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"/admin/users/{account.Id}", [], unlock)).StatusCode
        );
        await TestAccounts.SignInAsync(app, account.Email, account.Password);
    }

    [Fact]
    public async Task ResetPassword_NewTemporaryPassword_EndsSessionsAndIsShownOnce()
    {
        var (council, _, admin) = await AdministratorAsync();
        var account = await new UserBuilder(app).WithRole(Role.Commissioner, council).SaveAsync();
        var session = await app.SignedInAs(account);

        var tooShort = await admin.PostFormAsync(
            $"/admin/users/{account.Id}/reset-password",
            new() { ["Password"] = "short" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(
            ["Temporary password must be 12 characters or more"],
            (await HtmlClient.ParseAsync(tooShort)).ErrorSummary()
        );

        var reset = await admin.PostFormAsync(
            $"/admin/users/{account.Id}/reset-password",
            new() { ["Password"] = "reset-by-admin-2026" }
        );
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var shown = await admin.GetDocumentAsync(reset.Headers.Location!.ToString());
        Assert.Equal("Password reset", shown.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("reset-by-admin-2026", shown.QuerySelector("#temporary-password")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync(reset.Headers.Location!.ToString())).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/account")).StatusCode);
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await TestAccounts.TrySignInAsync(app.NewClient(), account.Email, account.Password)).StatusCode
        );
        await TestAccounts.SignInAsync(app, account.Email, "reset-by-admin-2026");
    }
}
