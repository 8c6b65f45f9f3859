using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Evaluations;

/// <summary>
/// Who sees and changes an evaluation: another organisation guessing its address finds nothing; an invited partner's
/// staff read it without change links and cannot change it; a stakeholder of an organisation not invited cannot take
/// part.
/// </summary>
public sealed class EvaluationAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Parts =
    [
        "",
        "/participants",
        "/evidence",
        "/evidence/add",
        "/evidence/survey",
        "/evidence/from-monitoring",
        "/information-sharing",
        "/information-sharing/add",
        "/share?item=DraftReport",
        "/screening/process",
        "/screening/findings",
        "/screening/equality",
        "/screening/draft",
        "/screening/feedback",
        "/screening/agree",
        "/take-part",
    ];

    [Fact]
    public async Task AnotherOrganisation_GuessingTheAddresses_FindsNothing()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Guessed evaluation");
        var stranger = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Commissioner).SaveAsync());
        foreach (var part in Parts)
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(details + part)).StatusCode);
        var list = await stranger.GetDocumentAsync("/evaluations?search=Guessed+evaluation");
        Assert.Contains("No evaluations match.", list.QuerySelector("main")!.TextContent);
    }

    [Fact]
    [Trait("Criterion", "EV-P1")]
    public async Task AnInvitedPartnersStaff_ReadTheEvaluation_ButCannotChangeIt()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Joint carers evaluation");
        var icb = await EvaluationFixtures.OrganisationAsync(app, DemoUsers.Icb);
        var voluntary = await EvaluationFixtures.OrganisationAsync(app, DemoUsers.Voluntary);
        await commissioner.PostFormAsync(
            details + "/participants",
            new Form().With("Invited", icb.ToString()).With("Invited", voluntary.ToString())
        );

        // A partner of the ICB alone (the demo partner also sits in the council's arrangements).
        var partner = await app.SignedInAs(
            await new UserBuilder(app).WithRole(Role.CommissioningPartner, icb).SaveAsync()
        );
        var page = await partner.GetDocumentAsync(details);
        var main = page.QuerySelector("main")!;
        Assert.Contains("only the organisation running it can change it", main.TextContent);
        var links = page.QuerySelectorAll(".govuk-task-list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal([details + "/evidence", details + "/information-sharing"], links);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(details + "/screening/process")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(details + "/participants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(details + "/take-part")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(details + "/evidence")).StatusCode);
    }

    [Fact]
    [Trait("Criterion", "EV-P7")]
    public async Task AStakeholderOfAnOrganisationNotInvited_CannotTakePart()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Invited only evaluation");
        var outsider = await app.SignedInAs(await new UserBuilder(app).WithRole(Role.Stakeholder).SaveAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(details + "/take-part")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(details + "/report")).StatusCode);
        var say = await outsider.GetDocumentAsync("/engagements");
        Assert.Contains(
            "You have not been invited to help evaluate a strategy yet.",
            say.QuerySelector("main")!.TextContent
        );

        // The invited stakeholder sends a view but cannot change the evaluation.
        var invited = await app.SignedInAs(Role.Stakeholder);
        Assert.Equal(HttpStatusCode.OK, (await invited.GetAsync(details + "/take-part")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await invited.GetAsync(details + "/screening/process")).StatusCode);
    }
}
