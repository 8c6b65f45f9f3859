using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

/// <summary>Someone who commissions for the council and the ICB chooses which one a new record belongs to; nobody else
/// is asked.</summary>
public sealed class OrganisationChoiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A commissioner in a new council and a new ICB, signed in.</summary>
    private async Task<(HttpClient Client, Organisation Icb, Organisation Council)> TwoOrganisationCommissionerAsync(
        bool api = false
    )
    {
        var council = await new OrganisationBuilder(app).SaveAsync();
        var icb = await new OrganisationBuilder(app)
            .Named("NHS Fenmoor Integrated Care Board " + TestData.Mark())
            .OfType(OrganisationType.NhsBody)
            .SaveAsync();
        var account = await new UserBuilder(app)
            .WithRole(Role.Commissioner, council.Id)
            .WithRole(Role.Commissioner, icb.Id)
            .SaveAsync();
        return (await (api ? app.ApiClientAs(account) : app.SignedInAs(account)), icb, council);
    }

    [Fact]
    public async Task BudgetHead_MustBeGivenAnOrganisation_AndGoesToTheOneChosen()
    {
        var (client, icbOrganisation, council) = await TwoOrganisationCommissionerAsync();
        var icb = icbOrganisation.Id;
        var form = await client.GetDocumentAsync("/needs/budgets/add");
        Assert.Equal(
            ["", .. new[] { icbOrganisation.Name, council.Name }.Order()],
            form.QuerySelectorAll("select[name='Input.OrganisationId'] option")
                .Select(o => o.GetAttribute("value") == "" ? "" : o.TextContent.Trim())
        );

        var answers = new Form().Set("Input.Name", "Community health services").Set("Input.Source", "Nhs");
        var unchosen = await client.PostFormAsync("/needs/budgets/add", answers);
        Assert.Equal(HttpStatusCode.BadRequest, unchosen.StatusCode);
        var doc = await HtmlClient.ParseAsync(unchosen);
        Assert.Equal(["Select the organisation the budget head belongs to"], doc.ErrorSummary());
        Assert.Equal("Community health services", doc.FieldValue("Input.Name"));

        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostFormAsync("/needs/budgets/add", answers.Set("Input.OrganisationId", icb.ToString()))
            ).StatusCode
        );
        await using var scope = app.Scope(out var db);
        Assert.Equal(
            icb,
            (await db.BudgetHeads.SingleAsync(h => h.Name == "Community health services")).OrganisationId
        );
    }

    [Fact]
    public async Task OneOrganisation_IsNeverAsked()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        foreach (
            var page in new[]
            {
                "/needs/budgets/add",
                "/needs/service-lines/add",
                "/needs/funding/add",
                "/needs/resources",
                "/appraisals/add",
            }
        )
            Assert.Empty((await client.GetDocumentAsync(page)).QuerySelectorAll("select[name='Input.OrganisationId']"));
    }

    [Fact]
    public async Task Appraisal_CannotUseAServiceLineOfTheOtherOrganisation()
    {
        var (client, icbOrganisation, council) = await TwoOrganisationCommissionerAsync();
        var icb = icbOrganisation.Id;
        var councilLine = (await new ServiceLineBuilder(app).In(council.Id).SaveAsync()).Id;
        var response = await client.PostFormAsync(
            "/appraisals/add",
            new Form()
                .Set("Input.OrganisationId", icb.ToString())
                .Set("Input.Title", "ICB appraisal")
                .Set("Input.ServiceLineId", councilLine.ToString())
                .Set("Input.BaseYear", "2026/27")
                .Set("Input.HorizonYears", "5")
                .Set("Input.Schedule", "standard")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Select a service line from the list"], (await HtmlClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Api_AsksForTheOrganisation_OnlyWhenThereIsAChoice()
    {
        var (client, icbOrganisation, _) = await TwoOrganisationCommissionerAsync(api: true);
        var icb = icbOrganisation.Id;
        var unchosen = await client.PostJsonAsync(
            "/api/v1/other-resources",
            """{"name":"Nurses","kind":"Staff","unit":"FTE","year":2027,"available":3}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, unchosen.StatusCode);
        Assert.Equal(["organisationId"], (await unchosen.ReadJsonAsync()).ErrorFields());
        var chosen = await client.PostJsonAsync(
            "/api/v1/other-resources",
            $$"""{"name":"Nurses","kind":"Staff","unit":"FTE","year":2027,"available":3,"organisationId":"{{icb}}"}"""
        );
        Assert.Equal(icb, (await chosen.ReadJsonAsync()).GetProperty("organisationId").GetGuid());
        var provider = await app.ApiClientAs(Role.FinanceOfficer);
        var notMine = await provider.PostJsonAsync(
            "/api/v1/budget-heads",
            $$"""{"name":"ICB head","source":"Nhs","organisationId":"{{icb}}"}"""
        );
        Assert.Equal(HttpStatusCode.BadRequest, notMine.StatusCode);
        Assert.Equal(["organisationId"], (await notMine.ReadJsonAsync()).ErrorFields());
    }
}
