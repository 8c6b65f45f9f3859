using System.Net;
using System.Net.Http.Json;
using System.Text;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Evaluations;

/// <summary>
/// The evaluations API: the same commands and rules as the pages. 400 names the field, another organisation's
/// evaluation is 404, a screening move at a stale version is 409 with the current one, bad JSON is 400.
/// </summary>
public sealed class EvaluationsApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Api, string Url)> StartedAsync(string title)
    {
        var api = await app.ApiClientAs(Role.Commissioner);
        var strategy = await EvaluationFixtures.StrategyAsync(app);
        var created = await api.PostAsJsonAsync(
            "/api/v1/evaluations",
            new
            {
                strategyId = strategy.Id,
                title,
                plainSummary = "Do carers get the breaks they need?",
            }
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (api, created.Headers.Location!.OriginalString);
    }

    [Fact]
    [Trait("Criterion", "EV-P6")]
    [Trait("Criterion", "EV-P8")]
    public async Task TheScreeningMoves_CheckTheRules_AndTheVersion()
    {
        var (api, url) = await StartedAsync("API screening evaluation");
        var read = await api.GetJsonAsync(url);
        var version = read.GetProperty("evaluation").GetProperty("version").GetInt32();

        var noCriteria = await api.PutAsJsonAsync(
            url + "/screening/process",
            new
            {
                version,
                process = "Workshops",
                criteria = Array.Empty<string>(),
                agreedWith = "ICB",
                agreedOn = app.Today,
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, noCriteria.StatusCode);
        Assert.Equal(["criteria"], (await noCriteria.ReadJsonAsync()).ErrorFields());

        var noVersion = await api.PutAsJsonAsync(url + "/screening/process", new { process = "Workshops" });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Equal(["version"], (await noVersion.ReadJsonAsync()).ErrorFields());

        var agreed = await api.PutAsJsonAsync(
            url + "/screening/process",
            new
            {
                version,
                process = "Workshops",
                criteria = new[] { "Carers get a break" },
                agreedWith = "ICB",
                agreedOn = app.Today,
            }
        );
        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        var body = await agreed.ReadJsonAsync();
        var criterion = body.GetProperty("evaluation").GetProperty("screening").GetProperty("criteria")[0];
        var now = body.GetProperty("evaluation").GetProperty("version").GetInt32();

        var stale = await api.PutAsJsonAsync(
            url + "/screening/findings",
            new
            {
                version,
                findings = new Dictionary<string, string> { [criterion.GetProperty("id").GetString()!] = "Met" },
            }
        );
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(now, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());

        var found = await api.PutAsJsonAsync(
            url + "/screening/findings",
            new
            {
                version = now,
                findings = new Dictionary<string, string> { [criterion.GetProperty("id").GetString()!] = "Met" },
            }
        );
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var draft = await api.PostAsJsonAsync(
            url + "/screening/drafts",
            new
            {
                version = (await found.ReadJsonAsync()).GetProperty("evaluation").GetProperty("version").GetInt32(),
                findings = "Most carers get breaks",
                recommendsFullEvaluation = false,
                reason = "It works",
                feedbackClosesOn = app.Today.AddDays(10),
            }
        );
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var reports = (await draft.ReadJsonAsync()).GetProperty("evaluation").GetProperty("reports");
        Assert.Equal(1, reports.GetArrayLength());

        var bad = await api.PutJsonAsync(url + "/screening/process", "{ \"version\": \"one\" ");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    [Trait("Criterion", "EV-P3")]
    public async Task ASurvey_IsImportedAsAFile_AndUnknownColumnsAreRefused()
    {
        var (api, url) = await StartedAsync("API survey evaluation");
        static MultipartFormDataContent File(string csv) =>
            new()
            {
                { new StringContent("Carers' survey"), "title" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "survey.csv" },
            };
        var refused = await api.PostAsync(
            url + "/evidence/survey",
            File("Question,Answer,Respondents,Ward\nQ,Yes,3,North\n")
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["file"], (await refused.ReadJsonAsync()).ErrorFields());
        Assert.Equal(0, (await api.GetJsonAsync(url + "/evidence")).GetArrayLength());

        var imported = await api.PostAsync(
            url + "/evidence/survey",
            File("Question,Answer,Respondents\nQ,Yes,3\nQ,No,1\n")
        );
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var evidence = await api.GetJsonAsync(url + "/evidence");
        Assert.Equal("Survey", evidence[0].GetProperty("kind").GetString());
        Assert.Equal(2, evidence[0].GetProperty("surveyAnswers").GetArrayLength());
    }

    [Fact]
    [Trait("Criterion", "EV-P4")]
    [Trait("Criterion", "EV-P5")]
    [Trait("Criterion", "EV-P9")]
    public async Task Sharing_InformationExchanges_AndViews_GoThroughTheSameRules()
    {
        var (api, url) = await StartedAsync("API sharing evaluation");
        var voluntary = await EvaluationFixtures.OrganisationAsync(app, DemoUsers.Voluntary);
        Assert.Equal(
            HttpStatusCode.OK,
            (await api.PutAsJsonAsync(url + "/participants", new { organisationIds = new[] { voluntary } })).StatusCode
        );
        var shared = await api.PostAsJsonAsync(
            url + "/sharing",
            new
            {
                item = "MonitoringAnalysis",
                audience = new[] { "DecisionMakers", "Colleagues" },
                recipients = "Adult social care leadership team",
                formats = new[] { "WordDocument" },
                sharedOn = app.Today,
            }
        );
        Assert.Equal(HttpStatusCode.Created, shared.StatusCode);
        var draftNotIssued = await api.PostAsJsonAsync(
            url + "/sharing",
            new
            {
                item = "DraftReport",
                audience = new[] { "Colleagues" },
                recipients = "Team",
                formats = new[] { "WordDocument" },
                sharedOn = app.Today,
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, draftNotIssued.StatusCode);
        Assert.Equal(["item"], (await draftNotIssued.ReadJsonAsync()).ErrorFields());

        var exchange = await api.PostAsJsonAsync(
            url + "/information-sharing",
            new
            {
                agency = "Northshire Police",
                direction = "ReceivedFrom",
                information = "Safeguarding referrals involving carers, aggregate",
                exchangedOn = app.Today,
            }
        );
        Assert.Equal(HttpStatusCode.BadRequest, exchange.StatusCode);
        Assert.Equal(["basis"], (await exchange.ReadJsonAsync()).ErrorFields());

        // The invited stakeholder sends a comment; feedback on a draft not yet issued is refused.
        var stakeholder = await app.ApiClientAs(Role.Stakeholder);
        var early = await stakeholder.PostAsJsonAsync(
            url + "/contributions",
            new { kind = "ReportFeedback", text = "Hi" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var comment = await stakeholder.PostAsJsonAsync(
            url + "/contributions",
            new { kind = "Comment", text = "Thank you for asking us" }
        );
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        var cid = (await comment.ReadJsonAsync()).GetProperty("id").GetString();
        Assert.Equal(1, (await stakeholder.GetJsonAsync(url + "/contributions")).GetArrayLength());
        var reply = await api.PostAsJsonAsync(
            $"{url}/contributions/{cid}/reply",
            new { response = "We will meet the forum in January" }
        );
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.NotEqual(
            HttpStatusCode.OK,
            (
                await stakeholder.PostAsJsonAsync($"{url}/contributions/{cid}/reply", new { response = "Me too" })
            ).StatusCode
        );
    }

    [Fact]
    public async Task AnotherOrganisation_Gets404_AndAStakeholderNotInvited_Too()
    {
        var (_, url) = await StartedAsync("API hidden evaluation");
        var user = await new UserBuilder(app).WithRole(Role.Commissioner).SaveAsync();
        var stranger = await app.ApiClientAs(user);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url + "/evidence")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await stranger.PutAsJsonAsync(url + "/screening/process", new { version = 0 })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await stranger.PostAsJsonAsync(
                    url + "/evidence",
                    new
                    {
                        kind = "Research",
                        title = "x",
                        finding = "y",
                    }
                )
            ).StatusCode
        );
        var list = await stranger.GetJsonAsync("/api/v1/evaluations?search=API+hidden");
        Assert.Equal(0, list.GetProperty("total").GetInt32());

        var outsider = await app.ApiClientAs(await new UserBuilder(app).WithRole(Role.Stakeholder).SaveAsync());
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await outsider.PostAsJsonAsync(url + "/contributions", new { kind = "Comment", text = "Hello" })
            ).StatusCode
        );
    }
}
