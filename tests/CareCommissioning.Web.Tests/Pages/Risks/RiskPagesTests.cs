using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Risks;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Risks;

public sealed class RiskPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form ValidForm(string title) =>
        new Form()
            .Set("Input.Title", title)
            .Set("Input.Category", "Financial")
            .Set("Input.Owner", "Tom Evans")
            .Set("Input.Likelihood", "4")
            .Set("Input.Impact", "3")
            .Set("Input.ResidualLikelihood", "2")
            .Set("Input.ResidualImpact", "3")
            .Set("Input.Mitigation", "Monthly budget review")
            .Set("Input.Status", "BeingMitigated")
            .Set("Input.ReviewDate.Day", "15")
            .Set("Input.ReviewDate.Month", "1")
            .Set("Input.ReviewDate.Year", "2027");

    private async Task<Guid> AddAsync(HttpClient client, string title)
    {
        var response = await client.PostFormAsync("/risks/add", ValidForm(title));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Add_Valid_SavesScoresAndAudits()
    {
        var client = await app.SignedInAs(Role.FinanceOfficer);
        var id = await AddAsync(client, "Care fees rise faster than budget");
        var page = await client.GetDocumentAsync($"/risks/{id}");
        Assert.Contains("has been added", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        var text = page.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("12 (High)", text);
        Assert.Contains("6 (Moderate): likelihood 2, impact 3", text);
        Assert.Contains("15 January 2027", text);
        await using var scope = app.Scope(out var db);
        var risk = await db.Risks.SingleAsync(r => r.Id == id);
        Assert.Equal(RiskStatus.BeingMitigated, risk.Status);
        Assert.True(
            await db.AuditEntries.AnyAsync(a =>
                a.EntityType == "Risk" && a.EntityId == id.ToString() && a.UserName == "finance@demo.test"
            )
        );
    }

    [Theory]
    [InlineData("Input.Title", "", "Enter a title for the risk")]
    [InlineData("Input.Likelihood", "0", "Select how likely the risk is, from 1 (rare) to 5 (almost certain)")]
    [InlineData("Input.Likelihood", "6", "Select how likely the risk is, from 1 (rare) to 5 (almost certain)")]
    [InlineData("Input.Likelihood", "abc", "Likelihood must be a number from 1 to 5")]
    [InlineData(
        "Input.ResidualImpact",
        "",
        "Select the impact after mitigation, or clear the likelihood after mitigation"
    )]
    [InlineData("Input.ReviewDate.Day", "31", "Review date must be a real date")]
    [InlineData(
        "Input.ResidualLikelihood",
        "5",
        "The score after mitigation (15) cannot be higher than the score before it (12)"
    )]
    public async Task Add_Invalid_Is400WithTheMessageAndKeepsTheAnswers(string field, string value, string message)
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var form = ValidForm("Kept risk title").Set(field, value);
        if (field == "Input.ReviewDate.Day")
            form.Set("Input.ReviewDate.Month", "2");
        var response = await client.PostFormAsync("/risks/add", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains(message, doc.ErrorSummary());
        Assert.Equal("Tom Evans", doc.FieldValue("Input.Owner"));
        Assert.Equal("Monthly budget review", doc.FieldValue("Input.Mitigation"));
        Assert.NotNull(doc.QuerySelector("input[name='Input.Category'][value=Financial][checked]"));
        var link = doc.QuerySelector(".govuk-error-summary a")!.GetAttribute("href")!;
        Assert.NotNull(doc.GetElementById(link[1..]));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.Risks.AnyAsync(r => r.Title == "Kept risk title"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("x'; DELETE FROM \"Risks\"; --")]
    public async Task Add_HostileText_IsStoredVerbatimAndShownEncoded(string title)
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await AddAsync(client, title);
        var response = await client.GetAsync($"/risks/{id}");
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync());
        Assert.Equal(title, (await HtmlClient.ParseAsync(response)).QuerySelector("h1")!.TextContent.Trim());
    }

    /// <summary>A new organisation's register of five risks, one of each kind the filters tell apart, and a user in
    /// it.</summary>
    private async Task<HttpClient> RegisterAsync(Role role)
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        RiskBuilder Risk(string title, RiskCategory category, string owner, int likelihood, int impact) =>
            new RiskBuilder(app).In(org).Titled(title).InCategory(category).OwnedBy(owner).Scored(likelihood, impact);
        await Risk("Homecare provider market fails in rural areas", RiskCategory.People, "Priya Shah", 4, 4)
            .WithResidual(3, 3)
            .InStatus(RiskStatus.BeingMitigated)
            .SaveAsync();
        await Risk("Better Care Fund allocation reduced next year", RiskCategory.Financial, "Tom Evans", 3, 5)
            .SaveAsync();
        await Risk(
                "Supported living tenants take more control of their budgets",
                RiskCategory.People,
                "Priya Shah",
                3,
                2
            )
            .WithResidual(2, 2)
            .TakenPositively()
            .InStatus(RiskStatus.Accepted)
            .SaveAsync();
        await Risk("Day centre building needs urgent roof repair", RiskCategory.Property, "Estates team", 2, 3)
            .SaveAsync();
        await Risk("Challenge to the tender award for reablement", RiskCategory.Legal, "Sian Roberts", 2, 4)
            .WithResidual(1, 4)
            .InStatus(RiskStatus.BeingMitigated)
            .SaveAsync();
        return await app.SignedInAs(await new UserBuilder(app).WithRole(role, org).SaveAsync());
    }

    [Fact]
    public async Task Register_HeatMapAndItsTable_MatchTheRisks()
    {
        var client = await RegisterAsync(Role.Auditor);
        var doc = await client.GetDocumentAsync("/risks?Category=Legal");
        var svg = doc.QuerySelector(".app-heat-map svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.StartsWith("1 risk: 0 extreme, 1 high", svg.QuerySelector("desc")!.TextContent);
        // The one legal risk has likelihood 2, impact 4: row "2 Unlikely", fifth cell column "Impact 4".
        var row = doc.QuerySelectorAll("table")[0]
            .QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.StartsWith("2 "));
        Assert.Equal(["0", "0", "0", "1", "0"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));

        var residual = await client.GetDocumentAsync("/risks?Category=Legal&View=residual");
        var row2 = residual
            .QuerySelectorAll("table")[0]
            .QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.StartsWith("1 "));
        Assert.Equal("1", row2.QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task Register_FiltersSearchAndOrder()
    {
        var client = await RegisterAsync(Role.Commissioner);
        var doc = await client.GetDocumentAsync("/risks?Positive=yes");
        Assert.Equal(
            ["Supported living tenants take more control of their budgets"],
            doc.QuerySelectorAll("tbody a").Select(a => a.TextContent.Trim())
        );
        doc = await client.GetDocumentAsync("/risks?Band=Extreme");
        Assert.Equal(2, doc.QuerySelectorAll("[aria-label=Risks] tbody tr").Length);
        Assert.All(doc.QuerySelectorAll("[aria-label=Risks] tbody tr td:nth-child(4)"), td =>
            Assert.Contains("Extreme", td.TextContent)
        );
        doc = await client.GetDocumentAsync("/risks?Search=SIAN");
        Assert.Equal(
            ["Challenge to the tender award for reablement"],
            doc.QuerySelectorAll("tbody a").Select(a => a.TextContent.Trim())
        );
        doc = await client.GetDocumentAsync("/risks");
        var scores = doc.QuerySelectorAll("[aria-label=Risks] tbody tr td:nth-child(4)")
            .Select(td => int.Parse(td.TextContent.Trim().Split(' ')[0]))
            .ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Edit_TwoPeopleAtOnce_SecondIsRefusedAndNothingIsLost()
    {
        var tom = await app.SignedInAs(Role.FinanceOfficer);
        var priya = await app.SignedInAs(Role.Commissioner);
        var id = await AddAsync(tom, "Concurrent risk");
        var version = (await priya.GetDocumentAsync($"/risks/{id}/edit")).FieldValue("Input.Version")!;

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await tom.PostFormAsync(
                    $"/risks/{id}/edit",
                    ValidForm("Concurrent risk").Set("Input.Version", version).Set("Input.Owner", "Tom E")
                )
            ).StatusCode
        );
        var second = await priya.PostFormAsync(
            $"/risks/{id}/edit",
            ValidForm("Concurrent risk").Set("Input.Version", version).Set("Input.Owner", "Priya S")
        );
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var doc = await HtmlClient.ParseAsync(second);
        Assert.Contains(CareCommissioning.Web.Pages.Risks.EditModel.ConflictMessage, doc.ErrorSummary());
        var row = doc.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Owner");
        Assert.Equal(["Tom E", "Priya S"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("Priya S", doc.FieldValue("Input.Owner"));
        await using (var scope = app.Scope(out var db))
            Assert.Equal("Tom E", (await db.Risks.SingleAsync(r => r.Id == id)).Owner);

        var again = await priya.PostFormAsync(
            $"/risks/{id}/edit",
            ValidForm("Concurrent risk")
                .Set("Input.Version", doc.FieldValue("Input.Version")!)
                .Set("Input.Owner", "Priya S")
        );
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var history = await priya.GetDocumentAsync($"/risks/{id}/history");
        Assert.Equal(3, history.QuerySelectorAll(".govuk-summary-card").Length);
    }

    [Fact]
    public async Task OtherOrganisationsRisk_IsNotFound()
    {
        var icb = (
            await new OrganisationBuilder(app)
                .Named("NHS Fenmoor Integrated Care Board " + TestData.Mark())
                .OfType(OrganisationType.NhsBody)
                .SaveAsync()
        ).Id;
        var id = (
            await new RiskBuilder(app)
                .In(icb)
                .Titled("ICB only")
                .Scored(1, 1)
                .InCategory(RiskCategory.Other)
                .SaveAsync()
        ).Id;
        var client = await app.SignedInAs(Role.Commissioner);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/risks/{id}")).StatusCode);
        // The partner holds a role in the ICB, so sees it.
        var partner = await app.SignedInAs(
            await new UserBuilder(app).WithRole(Role.CommissioningPartner, icb).SaveAsync()
        );
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/risks/{id}")).StatusCode);
    }

    [Theory]
    [InlineData(Role.Provider)]
    [InlineData(Role.Stakeholder)]
    public async Task Register_RolesWithoutAccess_AreTurnedAway(Role role)
    {
        var response = await (await app.SignedInAs(role)).GetAsync("/risks");
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Export_IsCsvOfTheFilteredRisks()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        await AddAsync(client, "@SUM(1+1) formula risk");
        var csv = await (await client.GetAsync("/risks/export.csv?Search=formula")).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("'@SUM(1+1) formula risk,", lines[1]);
        Assert.Contains(",12,High,", lines[1]);
    }
}
