using System.Net;
using AngleSharp.Dom;
using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareCommissioning.Web.Tests.Pages.Appraisals.AppraisalSteps;

namespace CareCommissioning.Web.Tests.Pages.Appraisals;

/// <summary>
/// Bad answers on the appraisal's forms: each is answered with the page again (400, never a 5xx), a GOV.UK error
/// summary whose link goes to a field that is on the page, the answers kept in the form, and nothing saved.
/// </summary>
public sealed class AppraisalBadInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private DateOnly Today => app.Today;

    /// <summary>
    /// The page was shown again as a bad request, its title starts "Error: ", and the summary has <paramref
    /// name="message"/> as a link to <paramref name="fieldId"/>; every link in the summary points at a form field that
    /// exists on the page.
    /// </summary>
    private static async Task<IDocument> AssertRefusedAsync(
        HttpResponseMessage response,
        string message,
        string fieldId
    )
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.StartsWith("Error: ", doc.Title);
        var links = doc.QuerySelectorAll(".govuk-error-summary__list a").ToList();
        Assert.Contains(links, a => a.TextContent.Trim() == message && a.GetAttribute("href") == "#" + fieldId);
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            Assert.StartsWith("#", href);
            var target = doc.GetElementById(href[1..]);
            Assert.True(
                target is not null && target.LocalName is "input" or "select" or "textarea",
                $"the summary link {href} points at no field on the page"
            );
        }
        // The field shows its own message too, inside a group in error.
        Assert.Contains(doc.QuerySelectorAll(".govuk-form-group--error .govuk-error-message"), m =>
            m.TextContent.Contains(message)
        );
        return doc;
    }

    private async Task<Appraisal> ReloadAsync(Guid id)
    {
        await using var scope = app.Scope(out var db);
        return await db.Appraisals.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private async Task<Guid> VoluntaryAsync()
    {
        await using var scope = app.Scope(out var db);
        return (await db.Organisations.SingleAsync(o => o.Name == DemoUsers.Voluntary)).Id;
    }

    private static Form Setup(Guid invited, string day, string month, string year) =>
        new Form()
            .Set("Setup.Summary", "We want more people to stay at home after hospital. Tell us what you think.")
            .With("Setup.Invited", invited.ToString())
            .Set("Setup.ClosesOn.Day", day)
            .Set("Setup.ClosesOn.Month", month)
            .Set("Setup.ClosesOn.Year", year);

    [Theory]
    [InlineData("31", "2", "2027", "The closing date must be a real date")]
    [InlineData("12", "", "2027", "The closing date must include a month")]
    [InlineData("first", "3", "2027", "The closing date must be a real date, written in numbers")]
    [InlineData("past", "", "", "The closing date must be today or in the future")]
    public async Task EngagementSetup_BadOrPastClosingDate_IsRefused_KeepsAnswers_SavesNothing(
        string day,
        string month,
        string year,
        string message
    )
    {
        if (day == "past")
        {
            var lastMonth = Today.AddMonths(-1);
            (day, month, year) = (lastMonth.Day.ToString(), lastMonth.Month.ToString(), lastMonth.Year.ToString());
        }
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, $"Engagement dates {message}");
        var voluntary = await VoluntaryAsync();

        var response = await client.PostAppraisalAsync(
            $"/appraisals/{id}/engagement",
            Setup(voluntary, day, month, year),
            $"/appraisals/{id}/engagement?handler=Setup"
        );
        var doc = await AssertRefusedAsync(response, message, "Setup_ClosesOn-day");
        Assert.Equal(
            "We want more people to stay at home after hospital. Tell us what you think.",
            doc.FieldValue("Setup.Summary")
        );
        Assert.Equal(day, doc.FieldValue("Setup.ClosesOn.Day"));
        Assert.Equal(month, doc.FieldValue("Setup.ClosesOn.Month"));
        Assert.Equal(year, doc.FieldValue("Setup.ClosesOn.Year"));
        Assert.True(doc.QuerySelector($"input[name='Setup.Invited'][value='{voluntary}']")!.HasAttribute("checked"));

        var saved = (await ReloadAsync(id)).Content.Engagement;
        Assert.Null(saved.Summary);
        Assert.Empty(saved.InvitedOrganisationIds);
        Assert.Null(saved.ClosesOn);
        Assert.DoesNotContain(
            "Tell us what you think",
            (await client.GetDocumentAsync($"/appraisals/{id}/engagement")).FieldValue("Setup.Summary")
        );
    }

    [Fact]
    public async Task EngagementSetup_ClosingDateToday_IsSaved()
    {
        // The boundary of the rule above: today is still in time.
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Engagement closing today");
        var response = await client.PostAppraisalAsync(
            $"/appraisals/{id}/engagement",
            Setup(await VoluntaryAsync(), Today.Day.ToString(), Today.Month.ToString(), Today.Year.ToString()),
            $"/appraisals/{id}/engagement?handler=Setup"
        );
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Today, (await ReloadAsync(id)).Content.Engagement.ClosesOn);
    }

    [Fact]
    [Trait("Criterion", "OA-P14")]
    public async Task ReplyToContribution_WithoutWhatItChanged_IsRefused_KeepsTheReply_SavesNothing()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Reply without effect");
        Contribution contribution;
        await using (var scope = app.Scope(out var db))
        {
            var stakeholder = await db.Users.SingleAsync(u => u.Email == DemoUsers.For(Role.Stakeholder).Email);
            contribution = new Contribution
            {
                AppraisalId = id,
                AuthorUserId = stakeholder.Id,
                AuthorName = stakeholder.DisplayName,
                Kind = ContributionKind.Suggestion,
                Text = "Offer reablement at weekends",
                SubmittedAt = app.Clock.GetUtcNow(),
            };
            db.Contributions.Add(contribution);
            await db.SaveChangesAsync();
        }

        var response = await client.PostAppraisalAsync(
            $"/appraisals/{id}/engagement",
            new Form().Set("Reply.Response", "We added weekend visits to the reablement option"),
            $"/appraisals/{id}/engagement?handler=Reply&contributionId={contribution.Id}"
        );
        var doc = await AssertRefusedAsync(response, "Select what the contribution changed", "Reply_Effect");
        Assert.Equal("We added weekend visits to the reablement option", doc.FieldValue("Reply.Response"));
        // The reply form that was sent is the one left open.
        Assert.NotNull(doc.QuerySelector("details[open] #Reply_Effect"));

        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.Contributions.AsNoTracking().SingleAsync(c => c.Id == contribution.Id);
            Assert.Equal(ContributionEffect.NotYetConsidered, saved.Effect);
            Assert.Null(saved.Response);
            Assert.Null(saved.RespondedAt);
        }
        Assert.DoesNotContain(
            "weekend visits",
            (await client.GetDocumentAsync($"/appraisals/{id}/engagement")).QuerySelector("main")!.TextContent
        );
    }

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public async Task Recommendation_Empty_IsRefused_KeepsWhatWasWritten_SavesNothing()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Empty recommendation");
        await AddOptionAsync(client, id, "Reablement first");

        var response = await client.PostAppraisalAsync(
            $"/appraisals/{id}/recommendation",
            new Form()
                .Set("Input.OptionId", "")
                .Set("Input.Reasons", "Highest value for money")
                .Set("Input.ConsequencesOfAction", "")
                .Set("Input.ConsequencesOfInaction", "   ")
        );
        var doc = await AssertRefusedAsync(response, "Select the short-listed option you recommend", "Input_OptionId");
        Assert.Equal(
            [
                "Select the short-listed option you recommend",
                "Enter what happens if the recommendation is taken up",
                "Enter what happens if nothing is done",
            ],
            doc.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim())
        );
        Assert.Equal(
            ["#Input_OptionId", "#Input_ConsequencesOfAction", "#Input_ConsequencesOfInaction"],
            doc.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href"))
        );
        Assert.Equal("Highest value for money", doc.FieldValue("Input.Reasons"));
        Assert.Empty(doc.QuerySelectorAll("input[name='Input.OptionId'][checked]"));

        var saved = (await ReloadAsync(id)).Content.Recommendation;
        Assert.Null(saved.OptionId);
        Assert.Null(saved.Reasons);
        Assert.Equal(
            "",
            (await client.GetDocumentAsync($"/appraisals/{id}/recommendation")).FieldValue("Input.Reasons")
        );
    }

    [Fact]
    [Trait("Criterion", "OA-P19")]
    public async Task Question_EmptyOrTooLong_IsRefused_KeepsTheText_SavesNothing()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Empty question");

        var empty = await client.PostAppraisalAsync(
            $"/appraisals/{id}/questions",
            new Form().Set("Question", "  "),
            $"/appraisals/{id}/questions?handler=Ask"
        );
        await AssertRefusedAsync(empty, "Enter your question", "Question");

        var tooLong = "Why? " + new string('x', AppraisalQuestion.TextMaxLength);
        var longResponse = await client.PostAppraisalAsync(
            $"/appraisals/{id}/questions",
            new Form().Set("Question", tooLong),
            $"/appraisals/{id}/questions?handler=Ask"
        );
        var doc = await AssertRefusedAsync(longResponse, "Your question must be 4,000 characters or fewer", "Question");
        Assert.Equal(tooLong, doc.FieldValue("Question"));

        await using (var scope = app.Scope(out var db))
            Assert.False(await db.AppraisalQuestions.AnyAsync(q => q.AppraisalId == id));
        Assert.Contains(
            "No questions have been asked yet",
            (await client.GetDocumentAsync($"/appraisals/{id}/questions")).QuerySelector("main")!.TextContent
        );
    }

    [Fact]
    [Trait("Criterion", "OA-P19")]
    public async Task Answer_Empty_IsRefused_OnTheQuestionAnswered_SavesNothing()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Empty answer");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostAppraisalAsync(
                    $"/appraisals/{id}/questions",
                    new Form().Set("Question", "Are the costs in real terms?"),
                    $"/appraisals/{id}/questions?handler=Ask"
                )
            ).StatusCode
        );
        Guid question;
        await using (var scope = app.Scope(out var db))
            question = (await db.AppraisalQuestions.SingleAsync(q => q.AppraisalId == id)).Id;

        var response = await client.PostAppraisalAsync(
            $"/appraisals/{id}/questions",
            new Form().Set("Answer", ""),
            $"/appraisals/{id}/questions?handler=Answer&questionId={question}"
        );
        var doc = await AssertRefusedAsync(response, "Enter the answer", "Answer");
        Assert.Contains("Are the costs in real terms?", doc.QuerySelector("main")!.TextContent);

        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.AppraisalQuestions.AsNoTracking().SingleAsync(q => q.Id == question);
            Assert.Null(saved.Answer);
            Assert.Null(saved.AnsweredAt);
        }
    }

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public async Task Outcome_Empty_IsRefused_KeepsTheMeasure_SavesNothing()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Empty outcome");

        var response = await client.PostAppraisalAsync(
            $"/appraisals/{id}/outcomes",
            new Form().Set("Input.Outcome", "").Set("Input.Measure", "ASCOF 2B"),
            $"/appraisals/{id}/outcomes?handler=Add"
        );
        var doc = await AssertRefusedAsync(response, "Enter the outcome", "Input_Outcome");
        Assert.Equal("ASCOF 2B", doc.FieldValue("Input.Measure"));

        Assert.Empty((await ReloadAsync(id)).Content.Outcomes);
        Assert.Contains(
            "No outcomes have been added yet",
            (await client.GetDocumentAsync($"/appraisals/{id}/outcomes")).QuerySelector("main")!.TextContent
        );
    }
}
