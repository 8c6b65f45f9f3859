using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Purchasing;

/// <summary>
/// PU-P2, joining up with others who buy the same: planning a purchase, the purchaser sees the purchases of the same
/// CPV category already made or planned in their organisation, and who asked for them; the same list over the API.
/// Purchases of another category, cancelled ones and other organisations' are not shown.
/// </summary>
public sealed class SameCategoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record World(TestUser Planner, Guid PlanId, TestUser Colleague, TestUser Outsider);

    /// <summary>A new organisation where a colleague has bought beds (33192100-3, under medical furniture 33192),
    /// planned a hospital bed, cancelled a mattress and bought a hoist (another category); another organisation has
    /// bought beds too. The planner's own draft is for medical furniture, 33192000-2.</summary>
    private async Task<World> ArrangeAsync()
    {
        var org = (await new OrganisationBuilder(app).WithPurchasingRules().SaveAsync()).Id;
        var planner = await new UserBuilder(app).Named("Gary Mills").WithRole(Role.Purchaser, org).SaveAsync();
        var colleague = await new UserBuilder(app).Named("Priya Shah").WithRole(Role.Purchaser, org).SaveAsync();
        var elsewhere = (await new OrganisationBuilder(app).WithPurchasingRules().SaveAsync()).Id;
        var outsider = await new UserBuilder(app).Named("Olu Adeyemi").WithRole(Role.Purchaser, elsewhere).SaveAsync();

        PurchaseRequestBuilder By(TestUser who, string what, string code, PurchaseStatus status) =>
            new PurchaseRequestBuilder(app).RequestedBy(who).For(what, code).InStatus(status);
        await By(colleague, "Four beds for the reablement flats", "33192100-3", PurchaseStatus.Ordered)
            .Valued(3_600m)
            .CreatedAt(app.Clock.GetUtcNow().AddDays(-40))
            .SaveAsync();
        await By(colleague, "A hospital bed for Mrs K", "33192120-9", PurchaseStatus.Draft).Valued(950m).SaveAsync();
        await By(colleague, "A mattress no longer needed", "33192000-2", PurchaseStatus.Cancelled).SaveAsync();
        await By(colleague, "A ceiling hoist", "33196200-2", PurchaseStatus.Ordered).SaveAsync();
        await By(outsider, "Beds for another council", "33192100-3", PurchaseStatus.Ordered).SaveAsync();
        var plan = await By(planner, "Two profiling beds", "33192000-2", PurchaseStatus.Draft).SaveAsync();
        return new World(planner, plan.Id, colleague, outsider);
    }

    [Fact]
    [Trait("Criterion", "PU-P2")]
    public async Task Planner_SeesThePurchasesOfTheSameCategoryInTheirOrganisation_AndWhoAskedForThem()
    {
        var world = await ArrangeAsync();
        var planner = await app.SignedInAs(world.Planner);

        var page = await planner.GetDocumentAsync($"/purchasing/{world.PlanId}/collaboration");

        var intro = page.QuerySelector("#same-category + p")!.TextContent;
        Assert.Contains("2 other purchases in CPV category 33192 (Medical furniture)", intro);
        var rows = page.QuerySelectorAll("#same-category ~ .app-table-wrapper tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .ToList();
        Assert.Equal(2, rows.Count);
        // Newest first: the draft planned today, then the beds ordered 40 days ago.
        Assert.StartsWith("A hospital bed for Mrs K", rows[0][0]);
        Assert.Equal(["Priya Shah", "Draft", "£950.00"], rows[0].Skip(1).Take(3));
        Assert.StartsWith("Four beds for the reablement flats", rows[1][0]);
        Assert.Contains("33192100-3", rows[1][0]);
        Assert.Equal("Priya Shah", rows[1][1]);
        Assert.Equal("£3,600.00", rows[1][3]);
        var text = page.Body!.TextContent;
        Assert.DoesNotContain("A mattress no longer needed", text);
        Assert.DoesNotContain("A ceiling hoist", text);
        Assert.DoesNotContain("Beds for another council", text);
        // The question it helps to answer is still there to answer.
        Assert.NotNull(page.QuerySelector("textarea[name='Input.OthersBuyingSame']"));
    }

    [Fact]
    [Trait("Criterion", "PU-P2")]
    public async Task Api_GivesTheSameList_AndAnotherOrganisationCannotAskForIt()
    {
        var world = await ArrangeAsync();
        var api = await app.ApiClientAs(world.Planner);

        var body = await api.GetJsonAsync($"/api/v1/purchases/{world.PlanId}/same-category");

        Assert.Equal("33192000-2", body.GetProperty("category").GetString());
        Assert.Equal("33192", body.GetProperty("categoryPrefix").GetString());
        Assert.Equal("Medical furniture", body.GetProperty("categoryDescription").GetString());
        Assert.Equal(2, body.GetProperty("total").GetInt32());
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            ["A hospital bed for Mrs K", "Four beds for the reablement flats"],
            items.Select(i => i.GetProperty("description").GetString())
        );
        Assert.All(items, i => Assert.Equal("Priya Shah", i.GetProperty("requestedBy").GetString()));
        Assert.Equal(3_600m, items[1].GetProperty("estimatedValueIncludingVat").GetDecimal());
        Assert.Equal("Ordered", items[1].GetProperty("status").GetString());

        var outsider = await app.ApiClientAs(world.Outsider);
        var refused = await outsider.GetAsync($"/api/v1/purchases/{world.PlanId}/same-category");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("Four beds", await refused.Content.ReadAsStringAsync());
    }
}
