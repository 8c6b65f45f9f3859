using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Suppliers;

/// <summary>The supplier register pages: who may do what, search and filters, adding and changing suppliers, bad input,
/// concurrency.</summary>
public sealed class SupplierPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    internal static Form ValidForm(string name) =>
        new Form()
            .Set("Input.Name", name)
            .Set("Input.CompanyNumber", "sc 123456")
            .Set("Input.Size", "Small")
            .Set("Input.Vcse", "no")
            .Set("Input.AddressLine1", "2 Mill Lane")
            .Set("Input.Town", "Northby")
            .Set("Input.Postcode", "nb3 4cd")
            .Set("Input.ContactEmail", "orders@example.org")
            .Set("Input.SustainabilityCredentials", "Electric vans")
            .Set("Input.Categories[0]", "85311100-3")
            .Set("Input.Categories[1]", "98513310-8")
            .Set("Input.Categories[2]", "");

    internal static async Task<Guid> AddAsync(HttpClient client, Form form)
    {
        var response = await client.PostFormAsync("/suppliers/add", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private async Task<int> CountAsync(string name)
    {
        await using var scope = app.Scope(out var db);
        return await db.Suppliers.CountAsync(s => s.Name == name);
    }

    [Fact]
    public async Task Add_Valid_SavesNormalisedWithCategoriesAuditsAndShowsTheCpvDescriptions()
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var id = await AddAsync(client, ValidForm("Millbrook Home Care Ltd"));

        var page = await client.GetDocumentAsync($"/suppliers/{id}");
        Assert.Equal(
            "Millbrook Home Care Ltd has been added to the supplier register",
            page.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim()
        );
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("85311100-3", main);
        Assert.Contains("Welfare services for the elderly", main);
        Assert.Contains("Home-help services", main);
        Assert.Contains("SC123456", main);
        // Neither preferred nor assured: purchasers will be sent to a specialist (PU-P10).
        Assert.Contains("must ask a procurement specialist", page.QuerySelector(".govuk-inset-text")!.TextContent);

        await using var scope = app.Scope(out var db);
        var saved = await db.Suppliers.Include(s => s.Categories).SingleAsync(s => s.Id == id);
        Assert.Equal("SC123456", saved.CompanyNumber);
        Assert.Equal("NB3 4CD", saved.Postcode);
        Assert.Equal(SupplierSize.Small, saved.Size);
        Assert.Equal(SupplierStatus.Active, saved.Status);
        Assert.Equal(["85311100-3", "98513310-8"], saved.Categories.Select(c => c.CpvCode).Order());
        Assert.Equal(1, saved.Version);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Supplier" && a.EntityId == id.ToString());
        Assert.Equal("procurement@demo.test", audit.UserName);
    }

    [Theory]
    [InlineData("Input.Name", "", "Enter the supplier's name", "Input_Name")]
    [InlineData(
        "Input.CompanyNumber",
        "123",
        "Company number must be 8 characters, like 01234567 or SC123456",
        "Input_CompanyNumber"
    )]
    [InlineData(
        "Input.Categories[0]",
        "12345678-9",
        "12345678-9 is not a CPV code: search for the goods or service by name",
        "Input_Categories_0_"
    )]
    [InlineData(
        "Input.Categories[1]",
        "85311100-4",
        "The last digit of 85311100-4 is wrong: the CPV code for 'Welfare services for the elderly' is 85311100-3",
        "Input_Categories_1_"
    )]
    [InlineData(
        "Input.Categories[1]",
        "home care",
        "Enter the CPV code as 8 digits, for example 85311200, or with its check digit after a hyphen, 85311200-4",
        "Input_Categories_1_"
    )]
    [InlineData(
        "Input.Categories[1]",
        "85311100-3",
        "85311100-3 is already listed: enter each CPV code once",
        "Input_Categories_1_"
    )]
    [InlineData("Input.Postcode", "ZZZ", "Enter a real postcode, like SW1A 1AA", "Input_Postcode")]
    [InlineData("Input.Size", "Huge", "Select the supplier's size: micro, small, medium or large", "Input_Size")]
    [InlineData(
        "Input.Vcse",
        "",
        "Select yes if the supplier is a voluntary, community or social enterprise (VCSE)",
        "Input_Vcse"
    )]
    [InlineData(
        "Input.ContactEmail",
        "orders at example",
        "Enter an email address in the correct format, like name@example.com",
        "Input_ContactEmail"
    )]
    public async Task Add_Invalid_Is400WithTheMessageLinkedToTheFieldKeepsTheAnswersAndSavesNothing(
        string field,
        string value,
        string message,
        string id
    )
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var form = ValidForm("Kept Supplier").Set(field, value);

        var response = await client.PostFormAsync("/suppliers/add", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: Add a supplier", doc.Title);
        Assert.Contains(message, doc.ErrorSummary());
        var link = doc.QuerySelectorAll(".govuk-error-summary__list a").Single(a => a.TextContent.Trim() == message);
        Assert.Equal("#" + id, link.GetAttribute("href"));
        Assert.NotNull(doc.GetElementById(id));
        Assert.Equal(message, doc.GetElementById(id + "-error")!.TextContent.Replace("Error:", "").Trim());
        Assert.Equal(field == "Input.Name" ? "" : "Kept Supplier", doc.FieldValue("Input.Name"));
        Assert.Equal("2 Mill Lane", doc.FieldValue("Input.AddressLine1"));
        Assert.Equal(field == "Input.Categories[0]" ? value : "85311100-3", doc.FieldValue("Input.Categories[0]"));
        Assert.Equal(0, await CountAsync("Kept Supplier"));
    }

    [Fact]
    public async Task Add_NoCpvCode_AsksForOne()
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var response = await client.PostFormAsync(
            "/suppliers/add",
            ValidForm("No Codes Ltd").Set("Input.Categories[0]", "").Set("Input.Categories[1]", "")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains(
            "Enter at least one CPV code for what the supplier supplies, for example 85311200-4",
            doc.ErrorSummary()
        );
        Assert.Equal(0, await CountAsync("No Codes Ltd"));
    }

    /// <summary>A purchaser in a new organisation holding <see cref="SupplierRegister"/>.</summary>
    private async Task<HttpClient> PurchaserWithARegisterAsync()
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        await SupplierRegister.AddAsync(app, org);
        return await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Purchaser, org).SaveAsync());
    }

    [Fact]
    [Trait("Criterion", "PU-P5")]
    public async Task List_SearchesNameNumbersAndPostcode()
    {
        var client = await PurchaserWithARegisterAsync();
        async Task<List<string>> Names(string query) =>
            (await client.GetDocumentAsync("/suppliers?" + query))
                .QuerySelectorAll("tbody tr td:first-child a")
                .Select(a => a.TextContent.Trim())
                .ToList();

        Assert.Equal([SupplierRegister.Mobility], await Names("Search=mobility"));
        Assert.Equal([SupplierRegister.Mobility], await Names("Search=nb12aa"));
        Assert.Equal([SupplierRegister.Mobility], await Names("Search=NB1+2AA"));
        Assert.Equal([SupplierRegister.National], await Names("Search=00223344"));
        Assert.Equal([SupplierRegister.Shed], await Names("Search=1187654"));
        Assert.Empty(await Names("Search=%25"));
    }

    [Fact]
    [Trait("Criterion", "PU-P5")]
    public async Task List_FiltersByStatusSizeVcseCategoryAndPreferred()
    {
        var client = await PurchaserWithARegisterAsync();
        async Task<List<string>> Names(string query) =>
            (await client.GetDocumentAsync("/suppliers?" + query))
                .QuerySelectorAll("tbody tr td:first-child a")
                .Select(a => a.TextContent.Trim())
                .ToList();

        Assert.Equal([SupplierRegister.Suspended], await Names("Status=Suspended"));
        Assert.Equal([SupplierRegister.National], await Names("Size=Large"));
        Assert.DoesNotContain(SupplierRegister.National, await Names("Size=sme"));
        Assert.Equal([SupplierRegister.Shed, SupplierRegister.Homecare], await Names("Vcse=yes"));
        // A category includes the codes below it: 33190000-8 covers devices for the disabled (33196200-2) and medical
        // furniture (33192000-2).
        Assert.Equal(
            [SupplierRegister.National, SupplierRegister.Beds, SupplierRegister.Mobility],
            await Names("Category=33190000-8")
        );
        // Only Northshire Mobility is a current preferred supplier for devices for the disabled; Albion supplies them
        // but is not preferred.
        Assert.Equal([SupplierRegister.Mobility], await Names("Category=33196200-2&Preferred=yes"));
        Assert.Equal([SupplierRegister.National, SupplierRegister.Mobility], await Names("Category=33196200-2"));
        Assert.Equal(
            [SupplierRegister.Beds, SupplierRegister.Mobility, SupplierRegister.Homecare],
            await Names("Preferred=yes")
        );

        var page = await client.GetDocumentAsync("/suppliers?Category=33196200-2&Preferred=yes");
        var row = page.QuerySelectorAll("tbody tr").Single();
        Assert.Contains("Devices for the disabled", row.TextContent);
    }

    [Fact]
    public async Task List_UnknownCategory_Is400WithTheMessageOnTheField()
    {
        var client = await app.SignedInAs(Role.Purchaser);
        var response = await client.GetAsync("/suppliers?Category=12345678-9");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: Supplier register", doc.Title);
        Assert.Equal(["12345678-9 is not a CPV code: search for the goods or service by name"], doc.ErrorSummary());
        Assert.Equal("#Category", doc.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("12345678-9", doc.FieldValue("Category"));
        Assert.Empty(doc.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task List_ManySuppliers_IsPagedKeepingTheFilters()
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        for (var i = 1; i <= 30; i++)
            await new SupplierBuilder(app)
                .In(org)
                .Named($"Paging Supplier {i:00}")
                .AtPostcode("NB1 1AA")
                .OfSize(SupplierSize.Micro)
                .Supplying("79952000-2")
                .SaveAsync();
        var client = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync());
        var page1 = await client.GetDocumentAsync("/suppliers?Search=paging+supplier");
        Assert.Equal(25, page1.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Showing 1 to 25 of 30 suppliers", page1.QuerySelector("main")!.TextContent);
        var next = page1.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("Search=paging", next);
        var page2 = await client.GetDocumentAsync(next);
        Assert.Equal(5, page2.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Paging Supplier 26", page2.QuerySelector("tbody a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Edit_TwoSpecialistsAtOnce_SecondIsRefusedWith409ShownTheDifferenceAndCanThenSave()
    {
        var sian = await app.SignedInAs(Role.ProcurementSpecialist);
        var other = await app.SignedInAs(Role.ProcurementSpecialist);
        var id = await AddAsync(sian, ValidForm("Conflict Supplies Ltd"));

        var version = (await other.GetDocumentAsync($"/suppliers/{id}/edit")).FieldValue("Input.Version")!;
        var first = await sian.PostFormAsync(
            $"/suppliers/{id}/edit",
            ValidForm("Conflict Supplies Ltd").Set("Input.Version", version).Set("Input.Town", "Fellgate")
        );
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await other.PostFormAsync(
            $"/suppliers/{id}/edit",
            ValidForm("Conflict Supplies Ltd")
                .Set("Input.Version", version)
                .Set("Input.Town", "Dalebridge")
                .Set("Input.Categories[2]", "85312000-9")
        );
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var doc = await HtmlClient.ParseAsync(second);
        Assert.Contains(CareCommissioning.Web.Pages.Suppliers.EditModel.ConflictMessage, doc.ErrorSummary());
        var row = doc.QuerySelectorAll("table tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "Town or city");
        Assert.Equal(["Fellgate", "Dalebridge"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("Dalebridge", doc.FieldValue("Input.Town"));
        Assert.Equal("85312000-9", doc.FieldValue("Input.Categories[2]"));
        var newVersion = doc.FieldValue("Input.Version")!;
        Assert.NotEqual(version, newVersion);
        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.Suppliers.Include(s => s.Categories).SingleAsync(s => s.Id == id);
            Assert.Equal("Fellgate", saved.Town);
            Assert.Equal(2, saved.Categories.Count);
        }

        var again = await other.PostFormAsync(
            $"/suppliers/{id}/edit",
            ValidForm("Conflict Supplies Ltd")
                .Set("Input.Version", newVersion)
                .Set("Input.Town", "Dalebridge")
                .Set("Input.Categories[0]", "")
                .Set("Input.Categories[2]", "85312000-9")
        );
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.Suppliers.Include(s => s.Categories).SingleAsync(s => s.Id == id);
            Assert.Equal("Dalebridge", saved.Town);
            Assert.Equal(["85312000-9", "98513310-8"], saved.Categories.Select(c => c.CpvCode).Order());
        }
    }

    [Fact]
    public async Task Edit_Invalid_Is400AndChangesNothing()
    {
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        var id = await AddAsync(client, ValidForm("Unchanged Supplies Ltd"));
        var version = (await client.GetDocumentAsync($"/suppliers/{id}/edit")).FieldValue("Input.Version")!;
        var response = await client.PostFormAsync(
            $"/suppliers/{id}/edit",
            ValidForm("Renamed Supplies Ltd").Set("Input.Version", version).Set("Input.Categories[0]", "12345678-9")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            "12345678-9 is not a CPV code: search for the goods or service by name",
            (await HtmlClient.ParseAsync(response)).ErrorSummary()
        );
        await using var scope = app.Scope(out var db);
        var saved = await db.Suppliers.Include(s => s.Categories).SingleAsync(s => s.Id == id);
        Assert.Equal("Unchanged Supplies Ltd", saved.Name);
        Assert.Equal(2, saved.Categories.Count);
        Assert.Equal(1, saved.Version);
    }

    [Theory]
    [InlineData(Role.Purchaser)]
    [InlineData(Role.Commissioner)]
    [InlineData(Role.Auditor)]
    public async Task Readers_SeeTheRegisterAndDetailsButCannotChangeAnything(Role role)
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        await new SupplierBuilder(app).In(org).Named(SupplierRegister.Mobility).SaveAsync();
        var client = await app.SignedInAs(await new UserBuilder(app).WithRole(role, org).SaveAsync());
        var list = await client.GetDocumentAsync("/suppliers");
        Assert.Null(list.QuerySelector("a[href='/suppliers/add']"));
        var id = Guid.Parse(
            list.QuerySelectorAll("tbody a")
                .First(a => a.TextContent.Trim() == SupplierRegister.Mobility)
                .GetAttribute("href")!
                .Split('/')
                .Last()
        );
        var details = await client.GetDocumentAsync($"/suppliers/{id}");
        Assert.Null(details.QuerySelector($"a[href='/suppliers/{id}/edit']"));
        Assert.Null(details.QuerySelector($"a[href='/suppliers/{id}/status']"));
        foreach (
            var path in new[]
            {
                "/suppliers/add",
                $"/suppliers/{id}/edit",
                $"/suppliers/{id}/approvals/add",
                $"/suppliers/{id}/credentials/add",
                $"/suppliers/{id}/status",
            }
        )
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task Purchaser_PostingTheAddForm_IsRefusedAndNothingIsSaved()
    {
        var purchaser = await app.SignedInAs(Role.Purchaser);
        // A real anti-forgery token of the purchaser's own (from the sign-out form), so only authorisation can refuse
        // the post.
        var token = (await purchaser.GetDocumentAsync("/suppliers"))
            .QuerySelector("input[name=__RequestVerificationToken]")!
            .GetAttribute("value")!;
        var fields = ValidForm("Sneaky Supplies Ltd").Append(new("__RequestVerificationToken", token)).ToList();
        var response = await purchaser.PostAsync("/suppliers/add", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        Assert.Equal(0, await CountAsync("Sneaky Supplies Ltd"));
    }

    [Theory]
    [InlineData(Role.Provider)]
    [InlineData(Role.Stakeholder)]
    public async Task RolesWithoutAccess_AreTurnedAway(Role role)
    {
        var client = await app.SignedInAs(role);
        foreach (var path in new[] { "/suppliers", "/reference/cpv", "/suppliers/export.csv" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task AnotherOrganisationsSupplier_IsNotFoundAnywhere()
    {
        // On the register of an organisation the specialist holds no role in.
        var id = (await new SupplierBuilder(app).Named("Private To Voluntary Ltd").SaveAsync()).Id;
        var client = await app.SignedInAs(Role.ProcurementSpecialist);
        foreach (
            var path in new[]
            {
                $"/suppliers/{id}",
                $"/suppliers/{id}/edit",
                $"/suppliers/{id}/history",
                $"/suppliers/{id}/approvals/add",
                $"/suppliers/{id}/credentials/add",
                $"/suppliers/{id}/status",
            }
        )
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        Assert.Empty((await client.GetDocumentAsync("/suppliers?Search=private")).QuerySelectorAll("tbody tr"));
        var csv = await (await client.GetAsync("/suppliers/export.csv?Search=private")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Private To Voluntary", csv);
    }

    [Fact]
    public async Task Export_GivesTheFilteredRegisterAsCsv()
    {
        var client = await PurchaserWithARegisterAsync();
        var response = await client.GetAsync("/suppliers/export.csv?Status=Suspended");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync())
            .TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Name,Status,Status reason,", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{SupplierRegister.Suspended},Suspended,Deliveries repeatedly late", lines[1]);
    }
}
