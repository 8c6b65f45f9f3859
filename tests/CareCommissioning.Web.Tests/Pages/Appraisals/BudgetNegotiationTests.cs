using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Pages.Appraisals.Engage;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareCommissioning.Web.Tests.Pages.Appraisals.AppraisalSteps;

namespace CareCommissioning.Web.Tests.Pages.Appraisals;

public sealed class BudgetNegotiationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private string Due => app.Today.AddDays(14).ToString("d M yyyy");

    private Form Round(string kind, string message, params string[] amounts)
    {
        var f = new Form().Set("Input.Kind", kind).Set("Input.Message", message);
        var due = Due.Split(' ');
        f.Set("Input.DueOn.Day", due[0]).Set("Input.DueOn.Month", due[1]).Set("Input.DueOn.Year", due[2]);
        for (var i = 0; i < amounts.Length; i++)
            f.Set($"Input.Amounts[{i}]", amounts[i]);
        return f;
    }

    [Fact]
    [Trait("Criterion", "OA-P20")]
    [Trait("Criterion", "OA-P22")]
    public async Task ProposalCounterClarificationAgreement_WithDueDatesNoticesAndReminders()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(commissioner, "Budget negotiation", horizon: 2);
        Guid head;
        await using (var scope = app.Scope(out var db))
            head = (await db.BudgetHeads.FirstAsync(h => h.Code == "BCF-HD")).Id;

        var noDate = await commissioner.PostAppraisalAsync(
            $"/appraisals/{id}/budget?start=true",
            Round("", "We need this", "100000")
                .Set("Input.BudgetHeadId", head.ToString())
                .Set("Input.DueOn.Day", "")
                .Set("Input.DueOn.Month", "")
                .Set("Input.DueOn.Year", ""),
            $"/appraisals/{id}/budget?handler=Start"
        );
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Contains("Enter the date you need an answer by", (await HtmlClient.ParseAsync(noDate)).ErrorSummary());

        var started = await commissioner.PostAppraisalAsync(
            $"/appraisals/{id}/budget?start=true",
            Round("", "Reablement needs this to start", "100000", "120,000", "120000")
                .Set("Input.BudgetHeadId", head.ToString()),
            $"/appraisals/{id}/budget?handler=Start"
        );
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Guid proposal;
        await using (var scope = app.Scope(out var db))
            proposal = (await db.BudgetProposals.SingleAsync(p => p.AppraisalId == id)).Id;

        // The proposer cannot agree their own amounts; finance counters, asks, is answered, then the commissioner
        // agrees.
        var self = await commissioner.PostAppraisalAsync(
            $"/appraisals/{id}/budget?respond={proposal}",
            Round("Agreement", ""),
            $"/appraisals/{id}/budget?handler=Respond&proposalId={proposal}"
        );
        Assert.Contains(
            "Someone other than the person who proposed these amounts must agree them",
            (await HtmlClient.ParseAsync(self)).ErrorSummary()
        );
        var finance = await app.SignedInAs(Role.FinanceOfficer);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await finance.PostAppraisalAsync(
                    $"/appraisals/{id}/budget?respond={proposal}",
                    Round("CounterProposal", "Year 1 must be lower", "100000", "100000", "110000"),
                    $"/appraisals/{id}/budget?handler=Respond&proposalId={proposal}"
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await finance.PostAppraisalAsync(
                    $"/appraisals/{id}/budget?respond={proposal}",
                    Round("Clarification", "Is the set-up cost one-off?"),
                    $"/appraisals/{id}/budget?handler=Respond&proposalId={proposal}"
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync(
                    $"/appraisals/{id}/budget?respond={proposal}",
                    Round("Answer", "Yes, one-off in 2026/27"),
                    $"/appraisals/{id}/budget?handler=Respond&proposalId={proposal}"
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync(
                    $"/appraisals/{id}/budget?respond={proposal}",
                    Round("Agreement", ""),
                    $"/appraisals/{id}/budget?handler=Respond&proposalId={proposal}"
                )
            ).StatusCode
        );

        await using (var scope = app.Scope(out var db))
        {
            var p = await db.BudgetProposals.SingleAsync(x => x.Id == proposal);
            Assert.Equal(ProposalStatus.Agreed, p.Status);
            Assert.Equal([100_000m, 100_000m, 110_000m], p.Current.Select(a => a.Amount));
            Assert.Equal(
                [
                    RoundKind.Proposal,
                    RoundKind.CounterProposal,
                    RoundKind.Clarification,
                    RoundKind.Answer,
                    RoundKind.Agreement,
                ],
                p.Rounds.Select(r => r.Kind)
            );
            Assert.True(await db.Notices.CountAsync(n => n.SubjectId == id && n.Title.StartsWith("Budget:")) >= 5);
        }
        var document = await commissioner.GetDocumentAsync($"/appraisals/{id}/document");
        Assert.Contains("agreed, after 5 rounds", document.QuerySelector("main")!.TextContent);
        var ended = await finance.PostAppraisalAsync(
            $"/appraisals/{id}/budget",
            Round("CounterProposal", "Late", "1"),
            $"/appraisals/{id}/budget?handler=Respond&proposalId={proposal}"
        );
        Assert.Equal(HttpStatusCode.BadRequest, ended.StatusCode);
    }

    [Fact]
    [Trait("Criterion", "OA-P20")]
    public async Task OverdueRound_GetsOneReminder()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(commissioner, "Reminders", horizon: 1);
        Guid head;
        await using (var scope = app.Scope(out var db))
            head = (await db.BudgetHeads.FirstAsync()).Id;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync(
                    $"/appraisals/{id}/budget?start=true",
                    Round("", "Please agree", "5000").Set("Input.BudgetHeadId", head.ToString()),
                    $"/appraisals/{id}/budget?handler=Start"
                )
            ).StatusCode
        );
        await using (var scope = app.Scope(out var db))
        {
            var later = app.Clock.GetUtcNow().AddDays(20);
            Assert.True(await BudgetNotices.RemindAsync(db, later) >= 1);
            Assert.Equal(0, await BudgetNotices.RemindAsync(db, later.AddDays(1)));
            Assert.True(
                await db.Notices.AnyAsync(n =>
                    n.SubjectId == id && n.Title.StartsWith("Reminder: budget answer overdue")
                )
            );
        }
        // Today the answer is not yet due, so the page shows the negotiation as open.
        Assert.Contains(
            "Open",
            (await commissioner.GetDocumentAsync($"/appraisals/{id}/budget"))
                .QuerySelector(".govuk-summary-card__title")!
                .TextContent
        );
    }
}
