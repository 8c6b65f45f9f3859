using System.Net;
using System.Text;
using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Evaluations;

/// <summary>
/// The evidence of an evaluation gathered in one place (EV-P3): drawn from a contract's monitoring, entered by hand,
/// and a survey imported from a spreadsheet (refused whole when a column is unknown); its analysis shared with partners
/// and decision makers (EV-P4); information exchanged with another agency with its legal basis (EV-P5).
/// </summary>
public sealed class EvidencePagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HttpResponseMessage> UploadSurveyAsync(
        HttpClient client,
        string url,
        string title,
        string csv
    )
    {
        var page = await client.GetDocumentAsync(url);
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Title" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "survey.csv" },
        };
        return await client.PostAsync(url, content);
    }

    [Fact]
    [Trait("Criterion", "EV-P3")]
    public async Task EvidenceIsDrawnFromAContractsMonitoring_AndASurveyIsImported_AndShownAsAChartAndATable()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Home care evaluation");
        Guid contract;
        await using (var scope = app.Scope(out var db))
            contract = await db
                .Contracts.Where(c => c.Reference == DemoContracts.HomeCareReference)
                .Select(c => c.Id)
                .SingleAsync();

        var drawn = await commissioner.PostFormAsync(
            details + "/evidence/from-monitoring?handler=Contract",
            new Form().Set("ContractId", contract.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, drawn.StatusCode);

        var survey = await UploadSurveyAsync(
            commissioner,
            details + "/evidence/survey",
            "Carers' survey, autumn 2026",
            "Question,Answer,Respondents\nCan you get a break when you need one?,Yes,12\nCan you get a break when you need one?,No,36\n"
        );
        Assert.Equal(HttpStatusCode.Redirect, survey.StatusCode);
        var chartPage = await commissioner.GetDocumentAsync(survey.Headers.Location!.OriginalString);
        var svg = chartPage.QuerySelector(".app-chart svg")!;
        Assert.Equal("Can you get a break when you need one?", svg.QuerySelector("title")!.TextContent);
        Assert.NotNull(svg.QuerySelector("desc"));
        var rows = chartPage
            .QuerySelectorAll("main table tbody tr")
            .Select(r => r.TextContent.Replace("\n", " "))
            .ToList();
        Assert.Contains(rows, r => r.Contains("No") && r.Contains("36") && r.Contains("75%"));

        var list = await commissioner.GetDocumentAsync(details + "/evidence");
        var text = list.QuerySelector("main")!.TextContent;
        Assert.Contains($"Monitoring of {DemoContracts.HomeCareTitle} ({DemoContracts.HomeCareReference})", text);
        Assert.Contains("Ratings by period:", text);
        Assert.Contains("Complaints:", text);
        Assert.Contains("most said 'No' (75%)", text);

        await using (var scope = app.Scope(out var db))
        {
            var id = EvaluationFixtures.IdOf(details);
            var fromContract = await db.EvaluationEvidence.SingleAsync(e =>
                e.EvaluationId == id && e.Kind == EvidenceKind.ContractMonitoring
            );
            Assert.Equal("Contract", fromContract.SourceType);
            Assert.Equal(contract, fromContract.SourceId);
        }
    }

    [Fact]
    [Trait("Criterion", "EV-P3")]
    public async Task ASurveyWithAnUnknownColumn_IsRefused_AndNothingIsSaved()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Survey column evaluation");
        var refused = await UploadSurveyAsync(
            commissioner,
            details + "/evidence/survey",
            "Bad survey",
            "Question,Answer,Respondents,Postcode\nCan you get a break?,Yes,12,NS1\n"
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await HtmlClient.ParseAsync(refused);
        Assert.Contains(
            "Row 1: Unknown column 'Postcode': use only Question, Answer and Respondents",
            page.QuerySelector("main")!.TextContent
        );
        await using var scope = app.Scope(out var db);
        var id = EvaluationFixtures.IdOf(details);
        Assert.False(await db.EvaluationEvidence.AnyAsync(e => e.EvaluationId == id));
    }

    [Fact]
    [Trait("Criterion", "EV-P4")]
    [Trait("Criterion", "EV-P5")]
    public async Task TheAnalysisIsShared_AndInformationFromAnotherAgencyIsRecordedWithItsLegalBasis()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Sharing evaluation");
        var added = await commissioner.PostFormAsync(
            details + "/evidence/add",
            new Form()
                .Set("Input.Kind", "Research")
                .Set("Input.Title", "Carers UK state of caring")
                .Set("Input.Finding", "Two in five carers had no break last year")
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var share = details + "/share?item=MonitoringAnalysis";
        var shared = await commissioner.PostFormAsync(
            share,
            new Form()
                .With("Input.Audience", "CommissioningPartners")
                .With("Input.Audience", "DecisionMakers")
                .With("Input.Audience", "Colleagues")
                .Set("Input.Recipients", "Joint commissioning board\nCarers' team")
                .With("Input.Formats", "WebPage")
                .Date("Input.SharedOn", app.Today)
                .Set("Input.Response", "The board asked for respite waiting times")
        );
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);
        var past = await commissioner.GetDocumentAsync(share);
        var row = past.QuerySelector("div[aria-label='Shared before'] tbody tr")!.TextContent;
        Assert.Contains("Commissioning partners, Decision makers, Colleagues", row);
        Assert.Contains("The board asked for respite waiting times", row);

        var noBasis = await commissioner.PostFormAsync(
            details + "/information-sharing/add",
            new Form()
                .Set("Input.Agency", "Northshire NHS Foundation Trust")
                .Set("Input.Direction", "ReceivedFrom")
                .Set("Input.Information", "Readmissions of people cared for at home")
                .Set("Input.Basis", "DataSharingAgreement")
                .Date("Input.ExchangedOn", app.Today)
        );
        Assert.Equal(HttpStatusCode.BadRequest, noBasis.StatusCode);
        Assert.Equal(
            ["Enter the data sharing agreement it was shared under"],
            (await HtmlClient.ParseAsync(noBasis)).ErrorSummary()
        );
        var recorded = await commissioner.PostFormAsync(
            details + "/information-sharing/add",
            new Form()
                .Set("Input.Agency", "Northshire NHS Foundation Trust")
                .Set("Input.Direction", "ReceivedFrom")
                .Set("Input.Information", "Readmissions of people cared for at home")
                .Set("Input.Basis", "DataSharingAgreement")
                .Set("Input.Agreement", "Northshire health and care DSA 2025")
                .Date("Input.ExchangedOn", app.Today)
        );
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var exchanges = await commissioner.GetDocumentAsync(details + "/information-sharing");
        var text = exchanges.QuerySelector("div[aria-label='Information shared'] tbody")!.TextContent;
        Assert.Contains("Received from Northshire NHS Foundation Trust", text);
        Assert.Contains("Data sharing agreement: Northshire health and care DSA 2025", text);
    }

    [Fact]
    [Trait("Criterion", "EV-P3")]
    public async Task EvidenceIsDrawnFromAPooledBudgetsMeasures_AndTheSurveyTemplateHasTheColumnsToFill()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Pooled budget evaluation");
        Guid partnership;
        await using (var scope = app.Scope(out var db))
            partnership = await db
                .Partnerships.Where(p => p.Name == DemoPartnership.Name)
                .Select(p => p.Id)
                .SingleAsync();
        var drawn = await commissioner.PostFormAsync(
            details + "/evidence/from-monitoring?handler=Partnership",
            new Form().Set("PartnershipId", partnership.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, drawn.StatusCode);
        await using (var scope = app.Scope(out var db))
        {
            var id = EvaluationFixtures.IdOf(details);
            var evidence = await db.EvaluationEvidence.SingleAsync(e => e.EvaluationId == id);
            Assert.Equal(EvidenceKind.PooledBudgetMeasure, evidence.Kind);
            Assert.Equal($"Measures of {DemoPartnership.Name}", evidence.Title);
            Assert.Equal(partnership, evidence.SourceId);
        }

        var none = await commissioner.PostFormAsync(details + "/evidence/from-monitoring?handler=Contract", new Form());
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(["Select a contract"], (await HtmlClient.ParseAsync(none)).ErrorSummary());

        var template = await commissioner.GetAsync(details + "/evidence/survey?handler=Template&format=csv");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var text = await template.Content.ReadAsStringAsync();
        Assert.StartsWith("Question,Answer,Respondents", text.TrimStart('\uFEFF'));
    }
}
