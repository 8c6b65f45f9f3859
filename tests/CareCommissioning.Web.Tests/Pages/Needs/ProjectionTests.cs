using System.Net;
using CareCommissioning.Domain.Demand;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Needs;

public sealed class ProjectionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form Valid() =>
        new Form()
            .Set("Input.Bands[0].Name", "65 to 74")
            .Set("Input.Bands[0].Population", "50,000")
            .Set("Input.Bands[0].Growth", "0")
            .Set("Input.Bands[0].Prevalence", "10")
            .Set("Input.Bands[0].Uptake", "20")
            .Set("Input.Bands[1].Name", "85 and over")
            .Set("Input.Bands[1].Population", "10000")
            .Set("Input.Bands[1].Growth", "10")
            .Set("Input.Bands[1].Prevalence", "50")
            .Set("Input.Bands[1].Uptake", "30")
            .Set("Input.UnitsPerPerson", "10")
            .Set("Input.Years", "3")
            .Set("Input.PopulationSource", "ONS 2022-based")
            .Set("Input.PrevalenceSource", "POPPI")
            .Set("Input.UptakeSource", "Care records");

    [Fact]
    [Trait("Criterion", "OA-P1")]
    public async Task Projection_PreviewsThenSaves_PopulationTimesPrevalenceTimesUptake()
    {
        var org = await new OrganisationBuilder(app).SaveAsync();
        var id = (
            await new ServiceLineBuilder(app)
                .In(org.Id)
                .Named("Homecare for older people")
                .From(2026)
                .WithDemand(21_400m, 22_150m, 22_900m)
                .SaveAsync()
        ).Id;
        var client = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.FinanceOfficer, org.Id).SaveAsync());
        var preview = await client.PostFormAsync(
            $"/needs/service-lines/{id}/demand/project",
            Valid(),
            $"/needs/service-lines/{id}/demand/project?handler=Preview"
        );
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var rows = (await HtmlClient.ParseAsync(preview))
            .QuerySelectorAll("#projection tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList())
            .ToList();
        // Year 0: 50,000 × 10% × 20% = 1,000 and 10,000 × 50% × 30% = 1,500 people; × 10 hours = 25,000.
        Assert.Equal(["2026/27", "1,000", "1,500", "2,500", "25,000"], rows[0]);
        // Year 2: the 85+ population grows 10% a year: 12,100 × 15% = 1,815 people.
        Assert.Equal(["2028/29", "1,000", "1,815", "2,815", "28,150"], rows[2]);

        var saved = await client.PostFormAsync(
            $"/needs/service-lines/{id}/demand/project",
            Valid(),
            $"/needs/service-lines/{id}/demand/project?handler=Save"
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var scope = app.Scope(out var db))
        {
            var figures = await db
                .DemandFigures.Where(f => f.ServiceLineId == id && f.Year <= 2028)
                .OrderBy(f => f.Year)
                .ToListAsync();
            Assert.Equal([25_000m, 26_500m, 28_150m], figures.Select(f => f.Volume));
            Assert.All(figures, f => Assert.Equal(DemandBasis.Projected, f.Basis));
            Assert.Equal(
                "Projection: population (ONS 2022-based) × prevalence (POPPI) × uptake (Care records)",
                figures[0].Source
            );
        }
    }

    [Theory]
    [InlineData("Input.Bands[0].Prevalence", "150", "Prevalence for 65 to 74 must be between 0% and 100%")]
    [InlineData("Input.Bands[1].Population", "many", "The population aged 85 and over must be a number, like 12,400")]
    [InlineData("Input.Years", "20", "Years to project must be a whole number from 1 to 11")]
    [InlineData("Input.PrevalenceSource", "", "Enter where the prevalence rates come from, for example POPPI")]
    public async Task BadAssumptions_Are400_KeptAndNotSaved(string field, string value, string message)
    {
        var org = await new OrganisationBuilder(app).SaveAsync();
        var id = (await new ServiceLineBuilder(app).In(org.Id).Named("Carers' breaks", "breaks").SaveAsync()).Id;
        var client = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Commissioner, org.Id).SaveAsync());
        var response = await client.PostFormAsync(
            $"/needs/service-lines/{id}/demand/project",
            Valid().Set(field, value),
            $"/needs/service-lines/{id}/demand/project?handler=Save"
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains(message, doc.ErrorSummary());
        Assert.Equal("ONS 2022-based", doc.FieldValue("Input.PopulationSource"));
        await using var scope2 = app.Scope(out var db2);
        Assert.False(
            await db2.DemandFigures.AnyAsync(f =>
                f.ServiceLineId == id && f.Basis == DemandBasis.Projected && f.Source!.StartsWith("Projection")
            )
        );
    }
}
