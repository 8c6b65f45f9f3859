using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using static CareCommissioning.Web.Tests.Pages.Appraisals.AppraisalSteps;

namespace CareCommissioning.Web.Tests.Pages.Appraisals;

public sealed class AppraisalRisksTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "OA-P15")]
    public async Task RisksFromTheRegister_AreLinkedToEachOption_WithHowTheyWereAssessed()
    {
        // The commissioner holds roles in one organisation, so the appraisal and the register belong to the same one.
        var org = await new OrganisationBuilder(app).SaveAsync();
        var risk = (
            await new RiskBuilder(app).In(org.Id).Titled("Homecare provider market fails in rural areas").SaveAsync()
        ).Id;
        var client = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Commissioner, org.Id).SaveAsync());
        var id = await StartAsync(client, "Risks of options");
        var option = await AddOptionAsync(client, id, "Joint homecare");
        var page = await client.GetDocumentAsync($"/appraisals/{id}/risks");
        var ids = page.QuerySelectorAll("input[name$='.OptionId']").Select(i => i.GetAttribute("value")!).ToList();
        Form Rows(Guid riskId)
        {
            // Every short-listed option's row is posted, as the browser does; the new option gets the risk.
            var form = new Form();
            for (var i = 0; i < ids.Count; i++)
            {
                form.Set($"Options[{i}].OptionId", ids[i]);
                if (ids[i] == option.ToString())
                    form.With($"Options[{i}].RiskIds", riskId.ToString())
                        .Set($"Options[{i}].Assessment", "Assessed with the ICB and the provider forum");
            }
            return form;
        }
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostAppraisalAsync($"/appraisals/{id}/risks", Rows(risk))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await client.PostAppraisalAsync($"/appraisals/{id}/risks", Rows(Guid.NewGuid()))).StatusCode
        );

        var document = await client.GetDocumentAsync($"/appraisals/{id}/document");
        Assert.Contains("Homecare provider market fails in rural areas", document.QuerySelector("main")!.TextContent);
        Assert.Contains("Assessed with the ICB and the provider forum", document.QuerySelector("main")!.TextContent);
    }
}
