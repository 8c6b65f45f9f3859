using System.Net;
using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Evaluations;

/// <summary>
/// The preliminary assessment through the pages: a commissioner starts an evaluation, invites a carers' group, agrees
/// the process and criteria with partners, screens for equality, issues a draft report that the invited people are
/// told about and comment on, amends it in a second version, and agrees the final report once feedback has closed.
/// </summary>
public sealed class EvaluationScreeningTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "EV-P1")]
    [Trait("Criterion", "EV-P7")]
    public async Task ACommissioner_StartsAnEvaluation_AndInvitesTheCarersGroup_WhoSeeItUnderHaveYourSay()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Breaks for carers: evaluation 2026");

        var list = await commissioner.GetDocumentAsync("/evaluations?search=breaks+for+carers");
        var row = list.QuerySelectorAll("tbody tr")
            .Single(r => r.TextContent.Contains("Breaks for carers: evaluation 2026"));
        Assert.Contains("Preliminary assessment", row.TextContent);
        Assert.Contains("Agree the process and criteria", row.TextContent);

        var page = await commissioner.GetDocumentAsync(details);
        Assert.Contains(DemoUsers.Voluntary, page.QuerySelector(".govuk-task-list")!.TextContent);

        var stakeholder = await app.SignedInAs(Role.Stakeholder);
        var say = await stakeholder.GetDocumentAsync("/engagements");
        var link = say.QuerySelectorAll("ul[aria-label='Evaluations you are invited to'] a")
            .Single(a => a.TextContent == "Breaks for carers: evaluation 2026");
        Assert.Equal(details + "/take-part", link.GetAttribute("href"));
        var takePart = await stakeholder.GetDocumentAsync(details + "/take-part");
        Assert.Contains(
            "We want to know if carers get the breaks they need.",
            takePart.QuerySelector("main")!.TextContent
        );
    }

    [Fact]
    [Trait("Criterion", "EV-P6")]
    public async Task AnAssessmentWithNoCriteria_IsRefused_WithTheAnswersKept_AndNothingSaved()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "No criteria evaluation");
        var response = await commissioner.PostFormAsync(
            details + "/screening/process",
            new Form()
                .Set("Version", await EvaluationFixtures.VersionOnAsync(commissioner, details + "/screening/process"))
                .Set("Input.Process", "Workshops with carers")
                .Set("Input.Criteria", "  \n ")
                .Set("Input.AgreedWith", "Northshire ICB")
                .Date("Input.AgreedOn", app.Today)
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal(["Enter at least one criterion"], page.ErrorSummary());
        Assert.Equal("Workshops with carers", page.FieldValue("Input.Process"));

        await using var scope = app.Scope(out var db);
        var saved = await db.StrategyEvaluations.SingleAsync(e => e.Id == EvaluationFixtures.IdOf(details));
        Assert.Null(saved.Screening.Process);
        Assert.False(saved.Screening.Agreed);
    }

    [Fact]
    [Trait("Criterion", "EV-P6")]
    [Trait("Criterion", "EV-P7")]
    [Trait("Criterion", "EV-P8")]
    [Trait("Criterion", "EV-P9")]
    [Trait("Criterion", "EV-P10")]
    public async Task TheDraftReport_GoesOutForFeedback_IsAmended_AndIsAgreedOnlyAfterFeedbackCloses()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Carers' strategy screening");
        var id = EvaluationFixtures.IdOf(details);
        await EvaluationFixtures.ScreenedAsync(app, commissioner, details);

        var draft = await EvaluationFixtures.IssueDraftAsync(app, commissioner, details, closesInDays: 14);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        await using (var scope = app.Scope(out var db))
        {
            var stakeholder = DemoUsers.For(Role.Stakeholder);
            Assert.True(
                await db.Notices.AnyAsync(n =>
                    n.SubjectId == id && n.RecipientName == stakeholder.DisplayName && n.Title.Contains("Draft report")
                )
            );
            Assert.True(
                await db.Outbox.AnyAsync(m =>
                    m.To == stakeholder.Email && m.Subject.Contains("Carers' strategy screening")
                )
            );
        }

        // The carers' group reads it and sends feedback; the commissioner records the forum's view from a meeting.
        var carer = await app.SignedInAs(Role.Stakeholder);
        var report = await carer.GetDocumentAsync(details + "/report");
        Assert.Contains("Crisis referrals fell by a fifth", report.QuerySelector("main")!.TextContent);
        Assert.Contains("Older carers benefit most from planned breaks", report.QuerySelector("main")!.TextContent);
        var sent = await carer.PostFormAsync(
            details + "/take-part",
            new Form()
                .Set("Input.Kind", "ReportFeedback")
                .Set("Input.Text", "Please add how long carers wait for respite")
        );
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        // Taking part is not changing it: the page of the draft is not theirs.
        Assert.Equal(HttpStatusCode.Redirect, (await carer.GetAsync(details + "/screening/draft")).StatusCode);

        var redraft = await commissioner.GetDocumentAsync(details + "/screening/draft");
        var previous = redraft.QuerySelector("ul[aria-label='Feedback on the previous version']")!.TextContent;
        Assert.Contains("Please add how long carers wait for respite", previous);
        Assert.Contains($"{DemoUsers.For(Role.Stakeholder).DisplayName}, {DemoUsers.Voluntary}", previous);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await EvaluationFixtures.IssueDraftAsync(
                    app,
                    commissioner,
                    details,
                    closesInDays: 21,
                    amendments: "Added respite waiting times, as the carers' group asked"
                )
            ).StatusCode
        );

        // Agreeing it before the feedback period closes is refused.
        var early = await commissioner.PostFormAsync(
            details + "/screening/agree",
            new Form()
                .Set("Version", await EvaluationFixtures.VersionOnAsync(commissioner, details + "/screening/agree"))
                .Set("Input.AgreedBy", "Carers' partnership board")
                .Date("Input.AgreedOn", app.Today)
        );
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var refused = await HtmlClient.ParseAsync(early);
        Assert.StartsWith(
            "The report cannot be agreed until its feedback period has closed on",
            Assert.Single(refused.ErrorSummary())
        );
        await using (var scope = app.Scope(out var db))
            Assert.Null((await db.StrategyEvaluations.SingleAsync(e => e.Id == id)).FinalReport);

        // After it closes, it is agreed and the full evaluation follows.
        app.Clock.Advance(TimeSpan.FromDays(22));
        // Sessions do not last three weeks: both sign in again.
        commissioner = await app.SignedInAs(Role.Commissioner);
        carer = await app.SignedInAs(Role.Stakeholder);
        var agreed = await commissioner.PostFormAsync(
            details + "/screening/agree",
            new Form()
                .Set("Version", await EvaluationFixtures.VersionOnAsync(commissioner, details + "/screening/agree"))
                .Set("Input.AgreedBy", "Carers' partnership board")
                .Date("Input.AgreedOn", app.Today)
        );
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        var page = await commissioner.GetDocumentAsync(details);
        var versions = page.QuerySelector("div[aria-label='Report versions'] tbody")!;
        Assert.Contains("Version 2 (final)", versions.TextContent);
        Assert.Equal("1", versions.QuerySelectorAll("tr")[0].QuerySelectorAll("td")[2].TextContent.Trim());
        var final = await commissioner.GetDocumentAsync(details + "/report");
        Assert.Contains(
            "Added respite waiting times, as the carers' group asked",
            final.QuerySelector("main")!.TextContent
        );
        Assert.Contains("Agreed by Carers' partnership board", final.QuerySelector("main")!.TextContent);

        var docx = await commissioner.GetAsync(details + "/report/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx.Content.Headers.ContentType!.MediaType
        );
        var easy = await carer.GetDocumentAsync(details + "/report/easy-read");
        Assert.Contains("We think we need to look more closely.", easy.QuerySelector("main")!.TextContent);

        await using (var scope = app.Scope(out var db))
            Assert.Equal(
                EvaluationStage.FullEvaluation,
                (await db.StrategyEvaluations.SingleAsync(e => e.Id == id)).Stage
            );
    }

    [Fact]
    [Trait("Criterion", "EV-P9")]
    public async Task AStaleForm_IsRefusedWith409_AndFeedbackCannotBeSentOnceTheDraftHasClosed()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Stale form evaluation");
        var stale = await EvaluationFixtures.VersionOnAsync(commissioner, details + "/screening/process");
        await EvaluationFixtures.ScreenedAsync(app, commissioner, details);
        var conflict = await commissioner.PostFormAsync(
            details + "/screening/process",
            new Form()
                .Set("Version", stale)
                .Set("Input.Process", "Something else")
                .Set("Input.Criteria", "Another criterion")
                .Set("Input.AgreedWith", "ICB")
                .Date("Input.AgreedOn", app.Today)
        );
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);

        Assert.Equal(
            HttpStatusCode.Redirect,
            (await EvaluationFixtures.IssueDraftAsync(app, commissioner, details, closesInDays: 3)).StatusCode
        );
        app.Clock.Advance(TimeSpan.FromDays(4));
        var carer = await app.SignedInAs(Role.Stakeholder);
        var late = await carer.PostFormAsync(
            details + "/take-part",
            new Form().Set("Input.Kind", "ReportFeedback").Set("Input.Text", "Too late?")
        );
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(
            ["The draft report is not open for feedback now"],
            (await HtmlClient.ParseAsync(late)).ErrorSummary()
        );
        // An idea for improvement is still welcome.
        var idea = await carer.PostFormAsync(
            details + "/take-part",
            new Form().Set("Input.Kind", "Proposal").Set("Input.Text", "Weekend breaks at the day centre")
        );
        Assert.Equal(HttpStatusCode.Redirect, idea.StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.False(await db.EvaluationContributions.AnyAsync(c => c.Text == "Too late?"));
        Assert.True(await db.EvaluationContributions.AnyAsync(c => c.Text == "Weekend breaks at the day centre"));
    }

    [Fact]
    [Trait("Criterion", "EV-P7")]
    public async Task AViewGivenInAMeeting_IsRecordedForThePerson_AndEveryViewIsRepliedTo()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var details = await EvaluationFixtures.StartedAsync(app, commissioner, "Meeting views evaluation");
        var carer = await app.SignedInAs(Role.Stakeholder);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await carer.PostFormAsync(
                    details + "/take-part",
                    new Form().Set("Input.Kind", "Impact").Set("Input.Text", "My mum got a break every week")
                )
            ).StatusCode
        );
        var feedback = details + "/screening/feedback";
        var recorded = await commissioner.PostFormAsync(
            feedback + "?handler=Record",
            new Form()
                .Set("Input.Kind", "Comment")
                .Set("Input.Text", "Breaks should be bookable online")
                .Set("Input.AuthorName", "Carers' Forum members")
                .Set("Input.GivenThrough", "Carers' Forum meeting")
        );
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var page = await commissioner.GetDocumentAsync(feedback);
        var cards = page.QuerySelectorAll(".govuk-summary-card").Select(c => c.TextContent).ToList();
        Assert.Contains(cards, c =>
            c.Contains("Carers' Forum members") && c.Contains("given through Carers' Forum meeting")
        );
        Guid id;
        await using (var scope = app.Scope(out var db))
            id = await db
                .EvaluationContributions.Where(c => c.Text == "My mum got a break every week")
                .Select(c => c.Id)
                .SingleAsync();
        var empty = await commissioner.PostFormAsync(
            feedback + "?handler=Reply",
            new Form().Set("ContributionId", id.ToString()).Set("Reply", " ")
        );
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(
            ["Enter your reply, saying what the view changed"],
            (await HtmlClient.ParseAsync(empty)).ErrorSummary()
        );
        var replied = await commissioner.PostFormAsync(
            feedback + "?handler=Reply",
            new Form()
                .Set("ContributionId", id.ToString())
                .Set("Reply", "We will keep weekly breaks in the new contract")
        );
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var mine = await carer.GetDocumentAsync(details + "/take-part");
        Assert.Contains(
            "We will keep weekly breaks in the new contract",
            mine.QuerySelector("ul[aria-label='Your views']")!.TextContent
        );
    }
}
