using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Stakeholders;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Stakeholders;

public sealed class StakeholderPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form ValidForm(string name) =>
        new Form()
            .Set("Input.Type", "Individual")
            .Set("Input.Name", name)
            .Set("Input.Email", "sam@example.org")
            .Set("Input.PreferredLanguage", "Polish")
            .With("Input.Formats", "EasyRead")
            .With("Input.Formats", "LargePrint")
            .With("Input.Support", "interpreter")
            .Set("Input.Consent", "yes")
            .Set("Input.ConsentDate.Day", "3")
            .Set("Input.ConsentDate.Month", "11")
            .Set("Input.ConsentDate.Year", "2026");

    private async Task<Guid> AddAsync(HttpClient client, string name)
    {
        var response = await client.PostFormAsync("/stakeholders/add", ValidForm(name));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Add_Valid_SavesAuditsAndConfirms()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await AddAsync(client, "Sam Kowalski");

        var page = await client.GetDocumentAsync($"/stakeholders/{id}");
        Assert.Equal(
            "Sam Kowalski has been added",
            page.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim()
        );
        var summary = page.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("Easy read, Large print", summary);
        Assert.Contains("3 November 2026", summary);

        await using var scope = app.Scope(out var db);
        var saved = await db.Stakeholders.SingleAsync(s => s.Id == id);
        Assert.Equal(CommunicationFormats.EasyRead | CommunicationFormats.LargePrint, saved.Formats);
        Assert.True(saved.InterpreterNeeded);
        Assert.False(saved.AdvocateNeeded);
        Assert.Equal(1, saved.Version);
        var audit = await db.AuditEntries.SingleAsync(a =>
            a.EntityType == "Stakeholder" && a.EntityId == id.ToString()
        );
        Assert.Equal("commissioner@demo.test", audit.UserName);
        Assert.Contains("Sam Kowalski", audit.Changes);
    }

    [Theory]
    [InlineData("Input.Name", "", "Enter a name")]
    [InlineData("Input.Email", "not-an-email", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("Input.Phone", "call me maybe", "Enter a telephone number, like 01632 960 001 or +44 808 157 0192")]
    [InlineData("Input.ConsentDate.Day", "31", "Date consent was recorded must be a real date")]
    [InlineData("Input.ConsentDate.Year", "2099", "Date consent was recorded must be today or in the past")]
    [InlineData("Input.Type", "Alien", "Select the type of stakeholder")]
    public async Task Add_Invalid_Is400WithTheMessageAndKeepsTheAnswers(string field, string value, string message)
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var form = ValidForm("Kept Name").Set(field, value);
        if (field == "Input.ConsentDate.Day")
            form.Set("Input.ConsentDate.Month", "2").Set("Input.ConsentDate.Year", "2026");
        if (field == "Input.Name")
            form.Set("Input.Name", value);
        await using (var before = app.Scope(out var db0))
        {
            Assert.False(await db0.Stakeholders.AnyAsync(s => s.Name == "Kept Name"));
        }

        var response = await client.PostFormAsync("/stakeholders/add", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: ", doc.Title);
        Assert.Contains(message, doc.ErrorSummary());
        Assert.Equal(
            "sam@example.org" == value ? value : form.Last(kv => kv.Key == "Input.Email").Value,
            doc.FieldValue("Input.Email")
        );
        Assert.Equal("Polish", doc.FieldValue("Input.PreferredLanguage"));
        Assert.NotNull(doc.QuerySelector("input[name='Input.Formats'][value=EasyRead][checked]"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.Stakeholders.AnyAsync(s => s.Name == "Kept Name"));
    }

    [Fact]
    public async Task Add_TooLongName_SaysTheLimit()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var response = await client.PostFormAsync("/stakeholders/add", ValidForm(new string('x', 201)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Name must be 200 characters or fewer", (await HtmlClient.ParseAsync(response)).ErrorSummary());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Robert'); DROP TABLE \"Stakeholders\"; --")]
    public async Task Add_HostileText_IsStoredVerbatimAndShownEncoded(string name)
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await AddAsync(client, name);
        var response = await client.GetAsync($"/stakeholders/{id}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal(name, doc.QuerySelector("h1")!.TextContent.Trim());
        await using var scope = app.Scope(out var db);
        Assert.True(await db.Stakeholders.AnyAsync(s => s.Name == name));
    }

    [Fact]
    public async Task List_SearchAndFilter_FindTheRightStakeholders()
    {
        // A deaf forum with needs and a hearing group without any, a person who has not consented and one who has, and
        // a regulator.
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        await new StakeholderBuilder(app)
            .In(org)
            .Named("Northshire Deaf Forum")
            .OfType(StakeholderType.CommunityGroup)
            .Speaking("British Sign Language")
            .NeedingFormats(CommunicationFormats.BritishSignLanguage)
            .SaveAsync();
        await new StakeholderBuilder(app)
            .In(org)
            .Named("Deaf Awareness Volunteers")
            .OfType(StakeholderType.CommunityGroup)
            .SaveAsync();
        await new StakeholderBuilder(app)
            .In(org)
            .Named("Gwen Morgan")
            .Speaking("Welsh")
            .WithoutConsentToContact()
            .SaveAsync();
        await new StakeholderBuilder(app)
            .In(org)
            .Named("Aisha Begum")
            .Speaking("Bengali", interpreter: true)
            .SaveAsync();
        await new StakeholderBuilder(app)
            .In(org)
            .Named("Care Quality Commission (North)")
            .OfType(StakeholderType.Regulator, "Care Quality Commission")
            .SaveAsync();
        var client = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync());
        var doc = await client.GetDocumentAsync("/stakeholders?Search=DEAF&Needs=yes");
        var names = doc.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Northshire Deaf Forum"], names);

        doc = await client.GetDocumentAsync("/stakeholders?Consent=no");
        Assert.Contains("Gwen Morgan", doc.QuerySelectorAll("tbody a").Select(a => a.TextContent.Trim()));
        Assert.DoesNotContain("Aisha Begum", doc.QuerySelectorAll("tbody a").Select(a => a.TextContent.Trim()));

        doc = await client.GetDocumentAsync("/stakeholders?Type=Regulator");
        Assert.NotEmpty(doc.QuerySelectorAll("tbody tr td:nth-child(2)"));
        Assert.All(doc.QuerySelectorAll("tbody tr td:nth-child(2)"), td =>
            Assert.Equal("Regulator", td.TextContent.Trim())
        );
    }

    [Fact]
    public async Task List_SearchWithWildcards_TakesThemLiterally()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var doc = await client.GetDocumentAsync("/stakeholders?Search=%25");
        Assert.Contains("No stakeholders match", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task List_ManyStakeholders_IsPaged()
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        for (var i = 1; i <= 30; i++)
            await new StakeholderBuilder(app).In(org).Named($"Paging Person {i:00}").SaveAsync();
        var client = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync());
        var page1 = await client.GetDocumentAsync("/stakeholders?Search=paging+person");
        Assert.Equal(25, page1.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Showing 1 to 25 of 30 stakeholders", page1.QuerySelector("main")!.TextContent);
        var next = page1.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("Search=paging", next);
        var page2 = await client.GetDocumentAsync(next);
        Assert.Equal(5, page2.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Paging Person 26", page2.QuerySelector("tbody a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Edit_TwoPeopleAtOnce_SecondIsRefusedShownTheDifferenceAndCanThenSave()
    {
        var priya = await app.SignedInAs(Role.Commissioner);
        var alan = await app.SignedInAs(Role.CommissioningPartner);
        var id = await AddAsync(priya, "Conflict Case");

        var alanForm = await alan.GetDocumentAsync($"/stakeholders/{id}/edit");
        var version = alanForm.FieldValue("Input.Version")!;

        var first = await priya.PostFormAsync(
            $"/stakeholders/{id}/edit",
            ValidForm("Conflict Case").Set("Input.Version", version).Set("Input.PreferredLanguage", "Urdu")
        );
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await alan.PostFormAsync(
            $"/stakeholders/{id}/edit",
            ValidForm("Conflict Case").Set("Input.Version", version).Set("Input.PreferredLanguage", "Welsh")
        );
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var doc = await HtmlClient.ParseAsync(second);
        Assert.Contains(CareCommissioning.Web.Pages.Stakeholders.EditModel.ConflictMessage, doc.ErrorSummary());
        var row = doc.QuerySelectorAll("table tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "Preferred language");
        Assert.Equal(["Urdu", "Welsh"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("Welsh", doc.FieldValue("Input.PreferredLanguage"));
        var newVersion = doc.FieldValue("Input.Version")!;
        Assert.NotEqual(version, newVersion);

        await using (var scope = app.Scope(out var db))
            Assert.Equal("Urdu", (await db.Stakeholders.SingleAsync(s => s.Id == id)).PreferredLanguage);

        var again = await alan.PostFormAsync(
            $"/stakeholders/{id}/edit",
            ValidForm("Conflict Case").Set("Input.Version", newVersion).Set("Input.PreferredLanguage", "Welsh")
        );
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using (var scope = app.Scope(out var db))
            Assert.Equal("Welsh", (await db.Stakeholders.SingleAsync(s => s.Id == id)).PreferredLanguage);
    }

    [Fact]
    public async Task ArchiveAndRestore_HideAndShowInTheRegister()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await AddAsync(client, "Archie Vist");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostFormAsync($"/stakeholders/{id}/archive", new Form())).StatusCode
        );
        var list = await client.GetDocumentAsync("/stakeholders?Search=archie");
        Assert.Empty(list.QuerySelectorAll("tbody tr"));
        list = await client.GetDocumentAsync("/stakeholders?Search=archie&Archived=include");
        Assert.Single(list.QuerySelectorAll("tbody tr"));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostFormAsync($"/stakeholders/{id}/archive", new Form())).StatusCode
        );
        list = await client.GetDocumentAsync("/stakeholders?Search=archie");
        Assert.Single(list.QuerySelectorAll("tbody tr"));

        var history = await client.GetDocumentAsync($"/stakeholders/{id}/history");
        Assert.Equal(3, history.QuerySelectorAll(".govuk-summary-card").Length);
        Assert.Contains("Archived", history.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task OtherOrganisationsStakeholder_IsNotFound()
    {
        // In an organisation the commissioner holds no role in.
        var id = (await new StakeholderBuilder(app).Named("Private To Voluntary").SaveAsync()).Id;
        var client = await app.SignedInAs(Role.Commissioner);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/stakeholders/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/stakeholders/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/stakeholders/{id}/history")).StatusCode);
        var list = await client.GetDocumentAsync("/stakeholders?Search=private");
        Assert.Empty(list.QuerySelectorAll("tbody tr"));
    }

    [Theory]
    [InlineData(Role.Provider)]
    [InlineData(Role.Stakeholder)]
    public async Task Register_RolesWithoutAccess_AreTurnedAway(Role role)
    {
        var client = await app.SignedInAs(role);
        var response = await client.GetAsync("/stakeholders");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Add_ReadOnlyRole_IsTurnedAway()
    {
        var client = await app.SignedInAs(Role.Auditor);
        var response = await client.GetAsync("/stakeholders/add");
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        Assert.Null((await client.GetDocumentAsync("/stakeholders")).QuerySelector("a[href='/stakeholders/add']"));
    }

    [Fact]
    public async Task Export_GivesCsvWithFormulaInjectionDefused()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        await AddAsync(client, "=HYPERLINK(\"http://evil\",\"x\")");
        var response = await client.GetAsync("/stakeholders/export.csv?Search=hyperlink");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync())
            .TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Name,Type,", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",Individual who uses services", lines[1]);
    }
}
