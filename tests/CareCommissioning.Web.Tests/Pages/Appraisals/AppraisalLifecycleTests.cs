using System.Net;
using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Notices;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CareCommissioning.Web.Tests.Pages.Appraisals.AppraisalSteps;

namespace CareCommissioning.Web.Tests.Pages.Appraisals;

/// <summary>From draft through engagement to decision: each move freezes a version, and the decision notice reaches
/// everyone.</summary>
public sealed class AppraisalLifecycleTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "OA-P7")]
    [Trait("Criterion", "OA-P9")]
    [Trait("Criterion", "OA-P14")]
    [Trait("Criterion", "OA-P16")]
    [Trait("Criterion", "OA-P18")]
    [Trait("Criterion", "OA-P19")]
    public async Task DraftToDecided_WithEngagement_Versions_Questions_Document_AndNotices()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(commissioner, "Lifecycle appraisal");
        var doNothing = await DoNothingIdAsync(commissioner, id);
        var redesign = await AddOptionAsync(commissioner, id, "Reablement first", "Innovation", "Preferred");
        await SetFlowsAsync(commissioner, id, doNothing, [100_000m, 110_000m], []);
        await SetFlowsAsync(commissioner, id, redesign, [105_000m, 95_000m], [0m, 20_000m]);

        // Opening the engagement is refused until there is an outcome, a summary and someone invited; nothing changes.
        var refused = await Move(commissioner, id, "EngagementOpen");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var reasons = (await HtmlClient.ParseAsync(refused)).ErrorSummary();
        Assert.Contains("Write the plain-language summary people will read", reasons);
        Assert.Contains("Invite at least one organisation to take part", reasons);

        Guid voluntary;
        await using (var scope = app.Scope(out var db))
            voluntary = (await db.Organisations.SingleAsync(o => o.Name == DemoUsers.Voluntary)).Id;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync(
                    $"/appraisals/{id}/outcomes",
                    new Form().Set("Input.Outcome", "More people stay at home"),
                    $"/appraisals/{id}/outcomes?handler=Add"
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync(
                    $"/appraisals/{id}/engagement",
                    new Form()
                        .Set("Setup.Summary", "We want to help more people stay at home after hospital.")
                        .With("Setup.Invited", voluntary.ToString()),
                    $"/appraisals/{id}/engagement?handler=Setup"
                )
            ).StatusCode
        );
        Assert.Equal(HttpStatusCode.Redirect, (await Move(commissioner, id, "EngagementOpen")).StatusCode);

        // The stakeholder sees the engagement, sends a suggestion with a ranking; a bad ranking is refused and kept.
        var stakeholder = await app.SignedInAs(Role.Stakeholder);
        var list = await stakeholder.GetDocumentAsync("/engagements");
        Assert.Contains("Lifecycle appraisal", list.QuerySelector("main")!.TextContent);
        var twice = await stakeholder.PostFormAsync(
            $"/engagements/{id}",
            new Form()
                .Set("Input.Kind", "Suggestion")
                .Set("Input.Text", "Use community transport")
                .Set($"Input.Places[{doNothing}]", "1")
                .Set($"Input.Places[{redesign}]", "1")
        );
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("Use community transport", (await HtmlClient.ParseAsync(twice)).FieldValue("Input.Text"));
        var sent = await stakeholder.PostFormAsync(
            $"/engagements/{id}",
            new Form()
                .Set("Input.Kind", "Suggestion")
                .Set("Input.Text", "Use community transport")
                .Set($"Input.Places[{redesign}]", "1")
                .Set($"Input.Places[{doNothing}]", "2")
        );
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        // The commissioner links it to what it changed and replies; the stakeholder sees the reply.
        Guid contribution;
        await using (var scope = app.Scope(out var db))
            contribution = (await db.Contributions.SingleAsync(c => c.AppraisalId == id)).Id;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync(
                    $"/appraisals/{id}/engagement",
                    new Form()
                        .Set("Reply.Effect", "Options")
                        .Set("Reply.Response", "We added transport to the reablement option"),
                    $"/appraisals/{id}/engagement?handler=Reply&contributionId={contribution}"
                )
            ).StatusCode
        );
        Assert.Contains(
            "We added transport to the reablement option",
            (await stakeholder.GetDocumentAsync($"/engagements/{id}")).QuerySelector("main")!.TextContent
        );
        Assert.Contains(
            "1.0",
            (await commissioner.GetDocumentAsync($"/appraisals/{id}/engagement")).QuerySelector("table")!.TextContent
        );

        // Ready for decision needs the recommendation; then presented; the finance officer asks a question and it is
        // answered.
        Assert.Equal(HttpStatusCode.Redirect, (await Move(commissioner, id, "EngagementClosed")).StatusCode);
        var notReady = await Move(commissioner, id, "ReadyForDecision");
        Assert.Contains(
            "Recommend one of the short-listed options",
            (await HtmlClient.ParseAsync(notReady)).ErrorSummary()
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync(
                    $"/appraisals/{id}/recommendation",
                    new Form()
                        .Set("Input.OptionId", redesign.ToString())
                        .Set("Input.Reasons", "Best value and people preferred it")
                        .Set("Input.ConsequencesOfAction", "Fewer long-term packages")
                        .Set("Input.ConsequencesOfInaction", "Waiting lists grow")
                )
            ).StatusCode
        );
        Assert.Equal(HttpStatusCode.Redirect, (await Move(commissioner, id, "ReadyForDecision")).StatusCode);
        var locked = await commissioner.PostAppraisalAsync(
            $"/appraisals/{id}/outcomes",
            new Form().Set("Input.Outcome", "Too late"),
            $"/appraisals/{id}/outcomes?handler=Add"
        );
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Move(commissioner, id, "Presented")).StatusCode);

        var finance = await app.SignedInAs(Role.FinanceOfficer);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await finance.PostAppraisalAsync(
                    $"/appraisals/{id}/questions",
                    new Form().Set("Question", "Is the 2027/28 saving cash or real?"),
                    $"/appraisals/{id}/questions?handler=Ask"
                )
            ).StatusCode
        );
        Guid question;
        await using (var scope = app.Scope(out var db))
            question = (await db.AppraisalQuestions.SingleAsync(q => q.AppraisalId == id)).Id;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync(
                    $"/appraisals/{id}/questions",
                    new Form().Set("Answer", "Real, in 2026/27 prices"),
                    $"/appraisals/{id}/questions?handler=Answer&questionId={question}"
                )
            ).StatusCode
        );
        Assert.Contains(
            "Real, in 2026/27 prices",
            (await finance.GetDocumentAsync($"/appraisals/{id}/questions")).QuerySelector("main")!.TextContent
        );

        // The document reads as HTML, DOCX (real Word headings and tables) and easy read.
        var html = await commissioner.GetDocumentAsync($"/appraisals/{id}/document");
        Assert.Contains("Use community transport", html.QuerySelector("main")!.TextContent);
        var docx = await commissioner.GetAsync($"/appraisals/{id}/document.docx");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx.Content.Headers.ContentType!.MediaType
        );
        using (
            var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false)
        )
        {
            var body = word.MainDocumentPart!.Document.Body!;
            Assert.Contains(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId>(), s =>
                s.Val == "Heading1"
            );
            Assert.Contains("Reablement first", body.InnerText);
            Assert.NotEmpty(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableHeader>());
            Assert.Equal("Options appraisal: Lifecycle appraisal", word.PackageProperties.Title);
        }
        Assert.Contains(
            "We think the best choice is",
            (await commissioner.GetDocumentAsync($"/appraisals/{id}/easy-read")).QuerySelector("main")!.TextContent
        );

        // Only the decision maker decides; then it is decided, frozen, and everyone concerned is told.
        var notAllowed = await commissioner.PostAppraisalAsync(
            $"/appraisals/{id}/decision",
            new Form().Set("Input.Decision", "Agreed")
        );
        Assert.StartsWith("/account/access-denied", notAllowed.Headers.Location!.PathAndQuery);
        var decisionMaker = await app.SignedInAs(Role.DecisionMaker);
        var empty = await decisionMaker.PostAppraisalAsync(
            $"/appraisals/{id}/decision",
            new Form().Set("Input.OptionId", redesign.ToString()).Set("Input.Decision", "")
        );
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await decisionMaker.PostAppraisalAsync(
                    $"/appraisals/{id}/decision",
                    new Form()
                        .Set("Input.OptionId", redesign.ToString())
                        .Set("Input.Decision", "Agreed: reablement first from April 2027, within the existing budget")
                )
            ).StatusCode
        );

        await using (var scope = app.Scope(out var db))
        {
            var appraisal = await db.Appraisals.SingleAsync(a => a.Id == id);
            Assert.Equal(AppraisalStatus.Decided, appraisal.Status);
            var versions = await db
                .AppraisalVersions.Where(v => v.AppraisalId == id)
                .OrderBy(v => v.Number)
                .Select(v => v.Status)
                .ToListAsync();
            Assert.Equal(
                [
                    AppraisalStatus.EngagementOpen,
                    AppraisalStatus.EngagementClosed,
                    AppraisalStatus.ReadyForDecision,
                    AppraisalStatus.Presented,
                    AppraisalStatus.Decided,
                ],
                versions
            );
            // The first frozen version kept what the appraisal said then: no recommendation yet.
            Assert.Null(
                (await db.AppraisalVersions.SingleAsync(v => v.AppraisalId == id && v.Number == 1))
                    .Content
                    .Recommendation
                    .OptionId
            );
            var notices = await db.Notices.Where(n => n.SubjectId == id).ToListAsync();
            var stakeholderUser = await db.Users.SingleAsync(u => u.Email == "stakeholder@demo.test");
            Assert.Contains(notices, n => n.RecipientUserId == stakeholderUser.Id && n.Channel == NoticeChannel.InApp);
            Assert.Contains(notices, n => n.Channel == NoticeChannel.Email && n.Format == "Easy read");
            Assert.True(
                await db.Outbox.CountAsync(m => m.SentAt == null || m.SentAt != null)
                    >= notices.Count(n => n.Channel == NoticeChannel.Email)
            );
        }
        Assert.Contains(
            "Agreed: reablement first",
            (await stakeholder.GetDocumentAsync("/notices")).QuerySelector("main")!.TextContent
        );
        Assert.Contains(
            "Version 1",
            (await commissioner.GetDocumentAsync($"/appraisals/{id}")).QuerySelector("main")!.TextContent
        );
        Assert.Equal(HttpStatusCode.OK, (await commissioner.GetAsync($"/appraisals/{id}/versions/1")).StatusCode);

        // The outbox delivers the e-mails as real .eml files and records when.
        var sentCount = await app.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync();
        await using (var scope = app.Scope(out var db))
            Assert.Equal(0, await db.Outbox.CountAsync(m => m.SentAt == null));
        Assert.True(sentCount == 0 || Directory.GetFiles(app.OutboxFolder, "*.eml").Length >= sentCount);
        Assert.NotEmpty(Directory.GetFiles(app.OutboxFolder, "*.eml"));
        var record = await commissioner.GetDocumentAsync($"/appraisals/{id}/decision");
        Assert.Contains("E-mail to", record.QuerySelector("#notices")!.TextContent);
    }

    private static Task<HttpResponseMessage> Move(HttpClient client, Guid id, string to) =>
        client.PostAppraisalAsync($"/appraisals/{id}", new Form().Set("To", to), $"/appraisals/{id}/status");
}
