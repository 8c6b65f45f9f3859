using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

/// <summary>Someone who commissions for the council and the ICB chooses which one a new record belongs to; nobody else is asked.</summary>
public sealed class OrganisationChoiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Client, Guid Icb)> TwoOrganisationCommissionerAsync()
    {
        var account = await TestAccounts.CreateAsync(app, Role.Commissioner, DemoUsers.Council);
        var icb = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Icb);
        await using (var scope = app.Scope(out var db))
        {
            db.Memberships.Add(new Membership { UserId = account.Id, OrganisationId = icb, Role = Role.Commissioner });
            await db.SaveChangesAsync();
        }
        return (await TestAccounts.SignInAsync(app, account.Email, account.Password), icb);
    }

    [Fact]
    [Trait("Criterion", "OA-P3")]
    public async Task BudgetHead_MustBeGivenAnOrganisation_AndGoesToTheOneChosen()
    {
        var (client, icb) = await TwoOrganisationCommissionerAsync();
        var form = await client.GetDocumentAsync("/needs/budgets/add");
        Assert.Equal(["", .. new[] { DemoUsers.Icb, DemoUsers.Council }.Order()],
            form.QuerySelectorAll("select[name='Input.OrganisationId'] option").Select(o => o.GetAttribute("value") == "" ? "" : o.TextContent.Trim()));

        var answers = new Form().Set("Input.Name", "Community health services").Set("Input.Source", "Nhs");
        var unchosen = await client.PostFormAsync("/needs/budgets/add", answers);
        Assert.Equal(HttpStatusCode.BadRequest, unchosen.StatusCode);
        var doc = await HtmlClient.ParseAsync(unchosen);
        Assert.Equal(["Select the organisation the budget head belongs to"], doc.ErrorSummary());
        Assert.Equal("Community health services", doc.FieldValue("Input.Name"));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/needs/budgets/add", answers.Set("Input.OrganisationId", icb.ToString()))).StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.Equal(icb, (await db.BudgetHeads.SingleAsync(h => h.Name == "Community health services")).OrganisationId);
    }

    [Fact]
    public async Task OneOrganisation_IsNeverAsked()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        foreach (var page in new[] { "/needs/budgets/add", "/needs/service-lines/add", "/needs/funding/add", "/needs/resources", "/appraisals/add" })
            Assert.Empty((await client.GetDocumentAsync(page)).QuerySelectorAll("select[name='Input.OrganisationId']"));
    }

    [Fact]
    [Trait("Criterion", "OA-P6")]
    public async Task Appraisal_CannotUseAServiceLineOfTheOtherOrganisation()
    {
        var (client, icb) = await TwoOrganisationCommissionerAsync();
        Guid councilLine;
        await using (var scope = app.Scope(out var db)) councilLine = (await db.ServiceLines.FirstAsync(s => s.OrganisationId != icb)).Id;
        var response = await client.PostFormAsync("/appraisals/add", new Form().Set("Input.OrganisationId", icb.ToString()).Set("Input.Title", "ICB appraisal")
            .Set("Input.ServiceLineId", councilLine.ToString()).Set("Input.BaseYear", "2026/27").Set("Input.HorizonYears", "5").Set("Input.Schedule", "standard"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Select a service line from the list"], (await HtmlClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Api_AsksForTheOrganisation_OnlyWhenThereIsAChoice()
    {
        var (client, icb) = await TwoOrganisationCommissionerAsync();
        var unchosen = await client.PostJsonAsync("/api/v1/other-resources", """{"name":"Nurses","kind":"Staff","unit":"FTE","year":2027,"available":3}""");
        Assert.Equal(HttpStatusCode.BadRequest, unchosen.StatusCode);
        Assert.Equal(["organisationId"], (await unchosen.ReadJsonAsync()).ErrorFields());
        var chosen = await client.PostJsonAsync("/api/v1/other-resources", $$"""{"name":"Nurses","kind":"Staff","unit":"FTE","year":2027,"available":3,"organisationId":"{{icb}}"}""");
        Assert.Equal(icb, (await chosen.ReadJsonAsync()).GetProperty("organisationId").GetGuid());
        var provider = await app.SignedInAs(Role.FinanceOfficer);
        var notMine = await provider.PostJsonAsync("/api/v1/budget-heads", $$"""{"name":"ICB head","source":"Nhs","organisationId":"{{icb}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, notMine.StatusCode);
        Assert.Equal(["organisationId"], (await notMine.ReadJsonAsync()).ErrorFields());
    }
}
