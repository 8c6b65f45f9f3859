using System.Net;
using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Partnerships;

/// <summary>The schemes a pool funds (PB-P4, P9, P10, P11) and their monthly spend entered on a page (PB-P15): any
/// partner adds a scheme; its lead or the host changes it; nobody outside the partnership sees anything.</summary>
public sealed class PoolSchemePagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Form SchemeForm(Guid lead, string name = "Hospital at home") =>
        new Form()
            .Set("Input.Name", name)
            .Set("Input.Type", nameof(SchemeType.HomeBasedIntermediateCare))
            .Set("Input.LeadPartnerId", lead.ToString())
            .Set("Input.Description", "Nursing at home instead of a hospital bed")
            .Set("Input.Economies", "One nursing team for both partners")
            .Set("Input.EconomiesEvidence", "Two teams cost £1.9m in 2025/26; one costs £1.6m")
            .Set("Input.EconomiesJudgement", "Both finance leads checked the staffing model against the 2025/26 ledger")
            .Set("Input.PlannedYear", "2026")
            .Set("Input.PlannedSpend", "1,200,000.06");

    [Fact]
    [Trait("Criterion", "PB-P4")]
    [Trait("Criterion", "PB-P9")]
    [Trait("Criterion", "PB-P10")]
    [Trait("Criterion", "PB-P11")]
    public async Task TheIcbAddsASchemeItLeads_WithEconomiesAndAYearsPlannedSpend_AndTheCouncilSeesIt()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool with an ICB scheme");
        var icb = await app.SignedInAs(Role.CommissioningPartner);

        var added = await icb.PostFormAsync($"/partnerships/{pool.Id}/schemes/add", SchemeForm(pool.IcbPartner));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var schemeId = Guid.Parse(added.Headers.Location!.OriginalString.Split('/').Last());
        var months = await pool.MonthsAsync(app, schemeId);
        Assert.Equal(12, months.Count);
        Assert.Equal(1_200_000.06m, months.Sum(m => m.Budget));
        Assert.Equal(100_000.01m, months[0].Budget);
        Assert.Equal(100_000.00m, months[^1].Budget);

        var council = await app.SignedInAs(Role.FinanceOfficer);
        var list = await council.GetDocumentAsync($"/partnerships/{pool.Id}/schemes?lead={pool.IcbPartner}");
        var row = list.QuerySelector("table tbody tr")!.TextContent;
        Assert.Contains("Hospital at home", row);
        Assert.Contains(DemoUsers.Icb, row);
        Assert.Contains("£1,200,000.06", row);
        var details = await council.GetDocumentAsync($"/partnerships/{pool.Id}/schemes/{schemeId}");
        var summary = details.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("One nursing team for both partners", summary);
        Assert.Contains("Both finance leads checked", summary);
        Assert.Empty(
            (
                await council.GetDocumentAsync($"/partnerships/{pool.Id}/schemes?lead={pool.CouncilPartner}")
            ).QuerySelectorAll("table tbody tr")
        );
    }

    [Fact]
    [Trait("Criterion", "PB-P11")]
    public async Task Add_BadAnswers_AreListed_KeptOnThePage_AndNothingIsSaved()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool with bad answers");
        var council = await app.SignedInAs(Role.FinanceOfficer);

        var response = await council.PostFormAsync(
            $"/partnerships/{pool.Id}/schemes/add",
            SchemeForm(Guid.NewGuid(), "Kept name").Set("Input.EconomiesEvidence", "").Set("Input.PlannedSpend", "lots")
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: ", doc.Title);
        Assert.Equal(
            [
                "Select the partner that leads the scheme",
                "Enter the evidence for the economies of scale and efficiencies",
                "Planned spend must be an amount in pounds, like 250000 or 250,000.00",
            ],
            doc.ErrorSummary()
        );
        Assert.Equal("Kept name", doc.FieldValue("Input.Name"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.PartnershipSchemes.AnyAsync(s => s.PartnershipId == pool.Id));
    }

    [Fact]
    [Trait("Criterion", "PB-P4")]
    public async Task ADecidedAppraisalOfAPartner_BecomesAScheme_LinkedToIt()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool from an appraisal");
        var council = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Council);
        var appraisal = new Appraisal
        {
            OrganisationId = council,
            Title = "Reablement for Northshire",
            Status = AppraisalStatus.Decided,
            BaseYear = 2026,
            HorizonYears = 5,
        };
        appraisal.Content.Purpose = "Help people regain independence after a stay in hospital";
        await using (var scope = app.Scope(out var db))
        {
            db.Appraisals.Add(appraisal);
            await db.SaveChangesAsync();
        }
        var client = await app.SignedInAs(Role.FinanceOfficer);

        var list = await client.GetDocumentAsync($"/partnerships/{pool.Id}/schemes");
        var link = list.QuerySelectorAll("a").First(a => a.TextContent.Contains("Reablement for Northshire"));
        var form = await client.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Equal("Reablement for Northshire", form.FieldValue("Input.Name"));
        var added = await client.PostFormAsync(
            link.GetAttribute("href")!,
            SchemeForm(pool.CouncilPartner, "Reablement for Northshire")
                .Set("Input.AppraisalId", appraisal.Id.ToString())
                .Set("Input.PlannedSpend", ""),
            $"/partnerships/{pool.Id}/schemes/add"
        );

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var check = app.Scope(out var db2);
        var scheme = await db2.PartnershipSchemes.SingleAsync(s => s.PartnershipId == pool.Id);
        Assert.Equal(appraisal.Id, scheme.AppraisalId);
        Assert.False(await db2.SchemeSpend.AnyAsync(s => s.SchemeId == scheme.Id));
    }

    [Fact]
    public async Task OnlyTheLeadOrTheHostChangesAScheme_AndAStaleSaveIs409WithTheAnswersKept()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool with edits");
        var scheme = await pool.SchemeAsync(app, "Carers' breaks", pool.CouncilPartner, 1000m);
        // Someone of the ICB only (the demo partner also holds a role at the council, the host).
        var icb = await PoolFixture.IcbOnlyAsync(app);
        var council = await app.SignedInAs(Role.FinanceOfficer);
        var edit = $"/partnerships/{pool.Id}/schemes/{scheme}/edit";

        Assert.Equal(HttpStatusCode.NotFound, (await icb.GetAsync(edit)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await icb.GetAsync($"/partnerships/{pool.Id}/schemes/{scheme}/spend")).StatusCode
        );
        var first = SchemeForm(pool.CouncilPartner, "Carers' breaks and advice").Set("Input.Version", "1");
        Assert.Equal(HttpStatusCode.Redirect, (await council.PostFormAsync(edit, first)).StatusCode);

        var stale = await council.PostFormAsync(
            edit,
            SchemeForm(pool.CouncilPartner, "Carers' respite").Set("Input.Version", "1")
        );

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var doc = await HtmlClient.ParseAsync(stale);
        Assert.Equal("Carers' respite", doc.FieldValue("Input.Name"));
        Assert.Contains("Carers' breaks and advice", doc.QuerySelector("table")!.TextContent);
        await using var scope = app.Scope(out var db);
        Assert.Equal("Carers' breaks and advice", (await db.PartnershipSchemes.SingleAsync(s => s.Id == scheme)).Name);
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public async Task TheLeadEntersAYearsMonths_ABadAmountSavesNothing_AndAStaleFormIs409()
    {
        var pool = await PoolFixture.CreateAsync(app, "Pool with entered spend");
        var scheme = await pool.SchemeAsync(app, "Discharge hub", pool.IcbPartner, 500m);
        var icb = await app.SignedInAs(Role.CommissioningPartner);
        var url = $"/partnerships/{pool.Id}/schemes/{scheme}/spend?year=2026";
        var page = await icb.GetDocumentAsync(url);
        Assert.Equal("500", page.FieldValue("Rows[0].Budget"));
        Form Months(string aprilActual)
        {
            var form = new Form();
            for (var i = 0; i < 12; i++)
                form.Set($"Rows[{i}].Budget", "500").Set($"Rows[{i}].Version", "1");
            return form.Set("Rows[0].Actual", aprilActual).Set("Rows[11].Forecast", "650");
        }

        var bad = await icb.PostFormAsync(url, Months("five hundred"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(
            ["Actual for April 2026 must be an amount in pounds, like 12500 or 12,500.00"],
            (await HtmlClient.ParseAsync(bad)).ErrorSummary()
        );
        Assert.All(await pool.MonthsAsync(app, scheme), m => Assert.Null(m.Actual));

        Assert.Equal(HttpStatusCode.Redirect, (await icb.PostFormAsync(url, Months("512.40"))).StatusCode);
        var saved = await pool.MonthsAsync(app, scheme);
        Assert.Equal(512.40m, saved[0].Actual);
        Assert.Equal(650m, saved[11].Forecast);
        Assert.StartsWith("Entered by", saved[0].Source);

        var stale = await icb.PostFormAsync(url, Months("499"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("499", (await HtmlClient.ParseAsync(stale)).FieldValue("Rows[0].Actual"));
        Assert.Equal(512.40m, (await pool.MonthsAsync(app, scheme))[0].Actual);
    }

    [Fact]
    public async Task SomeoneOfAnOrganisationNotInThePool_GetsNotFoundOnEveryPageAndEndpoint()
    {
        var pool = await PoolFixture.CreateAsync(app, "Sealed pool of schemes");
        var scheme = await pool.SchemeAsync(app, "Sealed scheme", pool.CouncilPartner, 100m);
        var outsider = await PoolFixture.OutsiderAsync(app);
        var client = await TestAccounts.SignInAsync(app, outsider.Email, outsider.Password);
        var api = await app.ApiClientFor(outsider.Email);

        foreach (
            var page in new[]
            {
                $"/partnerships/{pool.Id}/schemes",
                $"/partnerships/{pool.Id}/schemes/add",
                $"/partnerships/{pool.Id}/schemes/{scheme}",
                $"/partnerships/{pool.Id}/schemes/{scheme}/edit",
                $"/partnerships/{pool.Id}/schemes/{scheme}/spend",
                $"/partnerships/{pool.Id}/spend/import",
                $"/partnerships/{pool.Id}/spend/template?format=csv",
                $"/partnerships/{pool.Id}/variance",
                $"/partnerships/{pool.Id}/variance?format=xlsx",
            }
        )
            Assert.True(HttpStatusCode.NotFound == (await client.GetAsync(page)).StatusCode, page);
        foreach (
            var endpoint in new[]
            {
                $"/api/v1/partnerships/{pool.Id}/schemes",
                $"/api/v1/partnerships/{pool.Id}/schemes/{scheme}",
                $"/api/v1/partnerships/{pool.Id}/schemes/{scheme}/spend?year=2026",
                $"/api/v1/partnerships/{pool.Id}/variance?year=2026",
            }
        )
            Assert.True(HttpStatusCode.NotFound == (await api.GetAsync(endpoint)).StatusCode, endpoint);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await api.PostJsonAsync(
                    $"/api/v1/partnerships/{pool.Id}/schemes",
                    $$"""{"name": "Sneaky", "type": "Other", "leadPartnerId": "{{pool.CouncilPartner}}"}"""
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await api.PutJsonAsync(
                    $"/api/v1/partnerships/{pool.Id}/schemes/{scheme}",
                    """{"name": "Sneaky", "type": "Other", "version": 1}"""
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await api.PutJsonAsync(
                    $"/api/v1/partnerships/{pool.Id}/schemes/{scheme}/spend?year=2026",
                    """{"months": [{"month": "2026-04", "budget": 1, "version": 1}]}"""
                )
            ).StatusCode
        );
        var file = new MultipartFormDataContent
        {
            { new ByteArrayContent("Scheme,Month,Budget\n"u8.ToArray()), "file", "spend.csv" },
        };
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await api.PostAsync($"/api/v1/partnerships/{pool.Id}/spend/import", file)).StatusCode
        );
    }
}
