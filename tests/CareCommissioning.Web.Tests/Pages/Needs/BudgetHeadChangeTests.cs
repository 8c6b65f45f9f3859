using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

public sealed class BudgetHeadChangeTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A new organisation with a head coded <paramref name="code"/>, and a user holding <paramref
    /// name="role"/> in it.</summary>
    private async Task<(Guid Head, HttpClient Client)> HeadAndUserAsync(string code, string name, Role role)
    {
        var org = await new OrganisationBuilder(app).SaveAsync();
        var head = await new BudgetHeadBuilder(app).In(org.Id).Named(name, code).SaveAsync();
        return (head.Id, await app.SignedInAs(await new UserBuilder(app).WithRole(role, org.Id).SaveAsync()));
    }

    private async Task<Guid> HeadAsync(string code)
    {
        await using var scope = app.Scope(out var db);
        return (await db.BudgetHeads.SingleAsync(h => h.Code == code)).Id;
    }

    [Fact]
    [Trait("Criterion", "OA-P3")]
    public async Task Rename_SavesIt_AndAStaleEditIsShownNotOverwritten()
    {
        var (id, client) = await HeadAndUserAsync("ASC-OP", "Adult social care – older people", Role.FinanceOfficer);
        var form = await client.GetDocumentAsync($"/needs/budgets/{id}/edit");
        var version = form.FieldValue("Input.Version")!;
        var saved = await client.PostFormAsync(
            $"/needs/budgets/{id}/edit",
            new Form()
                .Set("Input.Name", "Older people: community and residential")
                .Set("Input.Code", "ASC-OP")
                .Set("Input.Source", "Council")
                .Set("Input.Version", version)
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(
            "Older people: community and residential",
            (await client.GetDocumentAsync($"/needs/budgets/{id}")).QuerySelector("h1")!.TextContent
        );

        var stale = await client.PostFormAsync(
            $"/needs/budgets/{id}/edit",
            new Form()
                .Set("Input.Name", "Someone else's name")
                .Set("Input.Code", "ASC-OP")
                .Set("Input.Source", "Council")
                .Set("Input.Version", version)
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var doc = await HtmlClient.ParseAsync(stale);
        Assert.Contains("Someone else changed this budget head", doc.ErrorSummary()[0]);
        Assert.Equal("Someone else's name", doc.FieldValue("Input.Name"));
        await using var scope = app.Scope(out var db);
        Assert.Equal(
            "Older people: community and residential",
            (await db.BudgetHeads.SingleAsync(h => h.Id == id)).Name
        );
    }

    [Fact]
    public async Task EmptyName_IsRefused_WithTheAnswersKept()
    {
        var (id, client) = await HeadAndUserAsync("BCF-HD", "Better Care Fund – hospital discharge", Role.Commissioner);
        var response = await client.PostFormAsync(
            $"/needs/budgets/{id}/edit",
            new Form().Set("Input.Name", " ").Set("Input.Code", "NEW-CODE").Set("Input.Version", "1")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal(["Enter the name of the budget head", "Select the funding source"], doc.ErrorSummary());
        Assert.Equal("NEW-CODE", doc.FieldValue("Input.Code"));
    }

    [Fact]
    [Trait("Criterion", "OA-P3")]
    public async Task Archive_TakesTheHeadOutOfTheListsAndVirements_AndRestoreBringsItBack()
    {
        var client = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.FinanceOfficer).SaveAsync());
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostFormAsync(
                    "/needs/budgets/add",
                    new Form()
                        .Set("Input.Name", "Disabled facilities grant")
                        .Set("Input.Code", "GR-DFG")
                        .Set("Input.Source", "OtherGrant")
                )
            ).StatusCode
        );
        var id = await HeadAsync("GR-DFG");
        Assert.Contains(
            "Are you sure you want to archive",
            (await client.GetDocumentAsync($"/needs/budgets/{id}/archive")).QuerySelector("h1")!.TextContent
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostFormAsync($"/needs/budgets/{id}/archive", new Form())).StatusCode
        );

        var list = await client.GetDocumentAsync("/needs/budgets");
        Assert.DoesNotContain(list.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")), h =>
            h == $"/needs/budgets/{id}"
        );
        Assert.Contains("1 archived budget head not shown", list.QuerySelector("main")!.TextContent);
        var withArchived = await client.GetDocumentAsync("/needs/budgets?archived=include");
        Assert.Contains(withArchived.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")), h =>
            h == $"/needs/budgets/{id}"
        );
        var virements = await client.GetDocumentAsync("/needs/budgets/virements");
        Assert.DoesNotContain(virements.QuerySelectorAll("select[name='Input.FromHeadId'] option"), o =>
            o.GetAttribute("value") == id.ToString()
        );

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostFormAsync($"/needs/budgets/{id}/archive", new Form())).StatusCode
        );
        Assert.Contains(
            (await client.GetDocumentAsync("/needs/budgets/virements")).QuerySelectorAll(
                "select[name='Input.FromHeadId'] option"
            ),
            o => o.GetAttribute("value") == id.ToString()
        );
    }
}
