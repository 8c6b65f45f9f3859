using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Appraisals;

public sealed class SensitivityPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "OA-P13")]
    public async Task ChosenTests_AreRunOnTheEconomicCase()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await AppraisalSteps.StartAsync(client, "Sensitivity of reablement", horizon: 1);
        var doNothing = await AppraisalSteps.DoNothingIdAsync(client, id);
        var redesign = await AppraisalSteps.AddOptionAsync(client, id, "Reablement first", optimismBias: "0");
        await AppraisalSteps.SetFlowsAsync(client, id, doNothing, [100_000m], []);
        await AppraisalSteps.SetFlowsAsync(client, id, redesign, [50_000m], [80_000m]);

        // Replace the default tests with one: costs 50% higher. Year 0 only, so the discount factor is 1:
        // do nothing −150,000; reablement first 80,000 − 75,000 = 5,000.
        var form = new Form()
            .Set("Rows[0].Name", "Costs half as much again")
            .Set("Rows[0].CostChange", "50")
            .Set("Rows[0].BenefitChange", "");
        for (var i = 1; i < 6; i++)
            form.Set($"Rows[{i}].Name", "").Set($"Rows[{i}].CostChange", "").Set($"Rows[{i}].BenefitChange", "");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostAppraisalAsync($"/appraisals/{id}/sensitivity", form)).StatusCode
        );

        var page = await client.GetDocumentAsync($"/appraisals/{id}/economic-case");
        var table = page.QuerySelectorAll("table")
            .Single(t => t.QuerySelector("caption")!.TextContent.Contains("sensitivity test"));
        var rows = table
            .QuerySelectorAll("tbody tr")
            .Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim())))
            .ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Costs half as much again | -£150,000.00 | £5,000.00 | Reablement first", rows[1]);
    }

    [Fact]
    public async Task BadTests_AreRefused_WithTheAnswersKept_AndNothingSaved()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await AppraisalSteps.StartAsync(client, "Sensitivity bad input", horizon: 1);
        var response = await client.PostAppraisalAsync(
            $"/appraisals/{id}/sensitivity",
            new Form()
                .Set("Rows[0].Name", "")
                .Set("Rows[0].CostChange", "10")
                .Set("Rows[1].Name", "Huge")
                .Set("Rows[1].CostChange", "5000")
                .Set("Rows[2].Name", "Words")
                .Set("Rows[2].BenefitChange", "a lot")
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Equal(
            [
                "Enter the name of sensitivity test 1",
                "The change in costs for Huge must be between -100% and 1,000%",
                "The change in benefits for Words must be a percentage, like 10 or -20",
            ],
            doc.ErrorSummary()
        );
        foreach (var link in doc.QuerySelectorAll(".govuk-error-summary a"))
            Assert.NotNull(doc.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
        Assert.Equal("a lot", doc.FieldValue("Rows[2].BenefitChange"));
        await using var scope = app.Scope(out var db);
        Assert.Equal(4, (await db.Appraisals.SingleAsync(a => a.Id == id)).Content.SensitivityTests.Count);
    }
}
