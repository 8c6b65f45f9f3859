using System.Net;
using CareCommissioning.Domain.Evaluations;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Evaluations.Full;

/// <summary>
/// A commissioner runs the full evaluation on its pages: agrees its status, plans it, analyses the wider aims, records
/// impacts with their evidence (shown as a matrix, a chart and a table), gathers proposals, makes recommendations that
/// are decided, presented and acted on, plans actions with their risks, and completes it (EV-P11…P21). Bad answers are
/// refused with a clear message and nothing saved; another organisation sees nothing.
/// </summary>
public sealed class FullEvaluationPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Form Date(Form form, string name, DateOnly d) =>
        form.Set($"{name}.Day", d.Day.ToString())
            .Set($"{name}.Month", d.Month.ToString())
            .Set($"{name}.Year", d.Year.ToString());

    private async Task<string> VersionAsync(HttpClient client, string url) =>
        (await client.GetDocumentAsync(url)).FieldValue("Input.Version")!;

    [Fact]
    [Trait("Criterion", "EV-P11")]
    [Trait("Criterion", "EV-P12")]
    [Trait("Criterion", "EV-P13")]
    public async Task TheStatusPlanAndWiderAims_AreAgreedAndRecorded_AndAStaleSaveIsRefused()
    {
        var built = await new FullEvaluationBuilder(app).SaveAsync();
        var client = await app.SignedInAs(built.Keeper);

        var status = built.At("/status");
        var stale = await VersionAsync(client, status);
        var missing = await client.PostFormAsync(status, new Form().Set("Input.Version", stale));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Enter the senior sponsor", (await HtmlClient.ParseAsync(missing)).ErrorSummary());
        var agreed = Date(
            new Form()
                .Set("Input.Version", stale)
                .Set("Input.Standing", "CorporatePriority")
                .Set("Input.Sponsor", "Director of Adult Social Care")
                .Set("Input.AgreedBy", "Corporate management team"),
            "Input.AgreedOn",
            app.Today
        );
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(status, agreed)).StatusCode);
        // The same answers sent again at the version first read: someone saved in between, so it is refused.
        var conflict = await client.PostFormAsync(status, agreed.Set("Input.Sponsor", "Chief Executive"));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);

        var plan = Date(
            Date(
                new Form()
                    .Set("Input.Version", await VersionAsync(client, built.At("/plan")))
                    .Set("Input.Scope", "Breaks for carers across the county")
                    .With("Input.Methods", "Process")
                    .With("Input.Methods", "Impact")
                    .Set("Input.Indicators", "Days from asking to a break")
                    .Set("Input.Roles[0].Who", "Amina Shah")
                    .Set("Input.Roles[0].Responsibility", "Leads the evaluation")
                    .Set("Input.Roles[1].Who", "Carers' forum")
                    .Set("Input.Roles[1].Responsibility", "Judges the impacts")
                    .Set("Input.DevelopedWith", "Carers' forum and the ICB"),
                "Input.StartsOn",
                app.Today.AddDays(7)
            ),
            "Input.ReportsBy",
            app.Today.AddMonths(6)
        );
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(built.At("/plan"), plan)).StatusCode);

        var aims = new Form()
            .Set("Input.Version", await VersionAsync(client, built.At("/wider-aims")))
            .Set("Input.Aims[0].Aim", "People live independently for longer")
            .Set("Input.Aims[0].Effect", "Advances")
            .Set("Input.Aims[0].Analysis", "Carers who get breaks keep caring for longer");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(built.At("/wider-aims"), aims)).StatusCode);

        await using var scope = app.Scope(out var db);
        var e = await db.StrategyEvaluations.SingleAsync(x => x.Id == built.Id);
        Assert.Equal(EvaluationStanding.CorporatePriority, e.Status!.Standing);
        Assert.Equal("Director of Adult Social Care", e.Status.Sponsor);
        Assert.Equal(EvaluationMethods.Process | EvaluationMethods.Impact, e.Plan!.Methods);
        Assert.Equal(["Amina Shah", "Carers' forum"], e.Plan.Roles.Select(r => r.Who));
        Assert.Equal(AimEffect.Advances, Assert.Single(e.WiderAims).Effect);
    }

    [Fact]
    [Trait("Criterion", "EV-P14")]
    [Trait("Criterion", "EV-P15")]
    public async Task AnImpactWithoutEvidence_IsRefused_AndImpactsShowAsAMatrixChartTableAndDownload()
    {
        var built = await new FullEvaluationBuilder(app).SaveAsync();
        var client = await app.SignedInAs(built.Keeper);
        var add = built.At("/impacts/add");
        var answers = new Form()
            .Set("Input.Title", "Carers wait months for a break")
            .Set("Input.StrategyOutcome", FullEvaluationBuilder.Outcome)
            .Set("Input.Direction", "Negative")
            .Set("Input.Term", "ShortTerm")
            .Set("Input.Importance", "High")
            .Set("Input.Certainty", "Medium")
            .Set("Input.Affects", "Carers of older people")
            .Set("Input.IdentifiedWith", "Carers' forum workshop");

        var refused = await client.PostFormAsync(add, answers);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await HtmlClient.ParseAsync(refused);
        Assert.Equal(
            ["Select the evidence behind the impact: an impact without evidence cannot be recorded"],
            page.ErrorSummary()
        );
        Assert.Equal("Carers wait months for a break", page.FieldValue("Input.Title"));
        await using (var scope = app.Scope(out var db))
            Assert.False(await db.EvaluationImpacts.AnyAsync(i => i.EvaluationId == built.Id));

        var first = await client.PostFormAsync(
            add,
            answers
                .With("Input.EvidenceIds", built.EvidenceId.ToString())
                .With("Input.ContributionIds", built.ViewId.ToString())
        );
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Guid firstId;
        await using (var scope = app.Scope(out var db))
            firstId = (await db.EvaluationImpacts.SingleAsync(i => i.EvaluationId == built.Id)).Id;
        var second = new Form()
            .Set("Input.Title", "Carers who got a break stayed well")
            .Set("Input.Outcome", "Carers stay in work")
            .Set("Input.Direction", "Positive")
            .Set("Input.Term", "LongTerm")
            .Set("Input.Importance", "Medium")
            .Set("Input.Certainty", "Low")
            .Set("Input.Affects", "Carers")
            .Set("Input.IdentifiedWith", "Carers' forum workshop")
            .With("Input.EvidenceIds", built.EvidenceId.ToString())
            .With("Input.LinkedImpactIds", firstId.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(add, second)).StatusCode);

        await SharedAsync(built, SharedItem.EvaluationAnalysis, "Carers' forum and the ICB board");
        var impacts = await client.GetDocumentAsync(built.At("/impacts"));
        Assert.Contains("Carers' forum and the ICB board", impacts.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Negative, short term", impacts.QuerySelector("#matrix")!.ParentElement!.TextContent);
        Assert.Contains("Linked to: Carers wait months for a break", impacts.Body!.TextContent);
        var chart = impacts.QuerySelector("figure.app-chart svg")!;
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.Contains("weight -3", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(2, impacts.QuerySelectorAll("#impact-table tbody tr").Length);
        Assert.NotNull(impacts.QuerySelector($"a[href='/evaluations/{built.Id}/share?item=EvaluationAnalysis']"));

        var csv = await client.GetAsync(built.At("/impacts/download?format=csv"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Carers wait months for a break", await csv.Content.ReadAsStringAsync());

        // A change over someone else's newer save is refused, the answers kept.
        var edit = built.At($"/impacts/{firstId}/edit");
        var version = await VersionAsync(client, edit);
        var changed = answers
            .Set("Input.Version", version)
            .With("Input.EvidenceIds", built.EvidenceId.ToString())
            .Set("Input.Importance", "Medium");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(edit, changed)).StatusCode);
        var stale = await client.PostFormAsync(edit, changed.Set("Input.Importance", "Low"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    [Trait("Criterion", "EV-P16")]
    public async Task Proposals_AreRecordedOnSomeonesBehalf_AndInvitedFromEveryoneTakingPart()
    {
        var built = await new FullEvaluationBuilder(app).SaveAsync();
        var client = await app.SignedInAs(built.Keeper);
        var proposals = built.At("/proposals");
        var recorded = await client.PostFormAsync(
            proposals,
            new Form()
                .Set("Input.Text", "Pair carers who have had a break with those who have not")
                .Set("Input.AuthorName", "Day centre carers' group")
                .Set("Input.GivenThrough", "Workshop at the day centre"),
            proposals + "?handler=Record"
        );
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var until = app.Today.AddDays(30);
        var invited = await client.PostFormAsync(
            proposals,
            Date(new Form(), "OpenUntil", until),
            proposals + "?handler=Invite"
        );
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var page = await client.GetDocumentAsync(proposals);
        var rows = page.QuerySelectorAll("#proposals tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Let carers book breaks online", StringComparison.Ordinal));
        Assert.Contains(rows, r =>
            r.Contains("Pair carers", StringComparison.Ordinal)
            && r.Contains("Workshop at the day centre", StringComparison.Ordinal)
        );
        await using var scope = app.Scope(out var db);
        var notice = await db.Notices.SingleAsync(n =>
            n.SubjectId == built.Id && n.RecipientUserId == built.Partner.Id
        );
        Assert.Contains("ideas are invited", notice.Title, StringComparison.Ordinal);
        Assert.Equal(until, (await db.StrategyEvaluations.SingleAsync(e => e.Id == built.Id)).OpenUntil);
        var saved = await db.EvaluationContributions.SingleAsync(c => c.AuthorName == "Day centre carers' group");
        Assert.Null(saved.AuthorUserId);
        Assert.Equal(EvaluationContributionKind.Proposal, saved.Kind);
    }

    /// <summary>A record that something was shared, as the evaluation's share page keeps it.</summary>
    private async Task SharedAsync(BuiltEvaluation built, SharedItem item, string recipients)
    {
        await using var scope = app.Scope(out var db);
        db.EvaluationSharings.Add(
            new EvaluationSharing
            {
                OrganisationId = built.Keeper.OrganisationId,
                EvaluationId = built.Id,
                Item = item,
                Audience = SharedWith.DecisionMakers | SharedWith.PeopleWhoUseServices,
                Recipients = recipients,
                Formats = Domain.Contracts.Implementation.PlanFormats.EasyRead,
                SharedOn = app.Today,
                ByName = "Amina Shah",
                At = app.Clock.GetUtcNow(),
            }
        );
        await db.SaveChangesAsync();
    }

    private async Task<Guid> ImpactAsync(BuiltEvaluation built)
    {
        await using var scope = app.Scope(out var db);
        var impact = new EvaluationImpact
        {
            OrganisationId = built.Keeper.OrganisationId,
            EvaluationId = built.Id,
            Title = "Carers wait months for a break",
            Direction = ImpactDirection.Negative,
            Term = ImpactTerm.ShortTerm,
            Importance = ImpactImportance.High,
            Certainty = ImpactCertainty.High,
            Affects = "Carers",
            IdentifiedWith = "Carers' forum",
            EvidenceIds = [built.EvidenceId],
        };
        db.EvaluationImpacts.Add(impact);
        await db.SaveChangesAsync();
        return impact.Id;
    }

    /// <summary>A recommendation added and agreed through the pages; its id.</summary>
    private async Task<Guid> AgreedRecommendationAsync(HttpClient client, BuiltEvaluation built, Guid impactId)
    {
        var added = await client.PostFormAsync(
            built.At("/recommendations/add"),
            new Form()
                .Set("Input.Text", "Commission an online booking service for carers' breaks")
                .Set("Input.Rationale", "Waits are the largest negative impact, and carers asked for it")
                .With("Input.ImpactIds", impactId.ToString())
                .With("Input.EvidenceIds", built.EvidenceId.ToString())
                .With("Input.ProposalIds", built.ProposalId.ToString())
                .Set("Input.DevelopedWith", "Carers' forum recommendations workshop")
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var scope = app.Scope(out var db);
        var id = (await db.StrategyRecommendations.SingleAsync(r => r.EvaluationId == built.Id)).Id;
        var decide = built.At($"/recommendations/{id}/decide");
        var decided = await client.PostFormAsync(
            decide,
            Date(
                new Form()
                    .Set("Input.Version", await VersionAsync(client, decide))
                    .Set("Input.Agreed", "yes")
                    .Set("Input.DecidedBy", "Adult Social Care Leadership Team"),
                "Input.DecidedOn",
                app.Today
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        return id;
    }

    [Fact]
    [Trait("Criterion", "EV-P17")]
    [Trait("Criterion", "EV-P18")]
    [Trait("Criterion", "EV-P20")]
    public async Task ARecommendationLinkedToNothing_IsRefused_AnAgreedOne_StartsAnAppraisal_LinkedBothWays()
    {
        var built = await new FullEvaluationBuilder(app).SaveAsync();
        var impactId = await ImpactAsync(built);
        var client = await app.SignedInAs(built.Keeper);

        var nothing = await client.PostFormAsync(
            built.At("/recommendations/add"),
            new Form()
                .Set("Input.Text", "Do better")
                .Set("Input.Rationale", "Because")
                .Set("Input.DevelopedWith", "The team")
        );
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Equal(
            [
                "Link the recommendation to the impacts or evidence behind it: a recommendation linked to nothing "
                    + "cannot be recorded",
            ],
            (await HtmlClient.ParseAsync(nothing)).ErrorSummary()
        );
        await using (var scope = app.Scope(out var db))
            Assert.False(await db.StrategyRecommendations.AnyAsync(r => r.EvaluationId == built.Id));

        var id = await AgreedRecommendationAsync(client, built, impactId);
        var start = built.At($"/recommendations/{id}/start");
        var started = await client.PostFormAsync(
            start,
            new Form().Set("Input.Version", await VersionAsync(client, start)).Set("Input.FollowUp", "NewAppraisal")
        );
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var appraisalPath = started.Headers.Location!.OriginalString;
        Assert.StartsWith("/appraisals/", appraisalPath, StringComparison.Ordinal);

        // The appraisal's page names the recommendation, and the recommendation links to the appraisal.
        var appraisal = await client.GetDocumentAsync(appraisalPath);
        var note = appraisal.QuerySelector(".app-started-by")!.TextContent;
        Assert.Contains("Started by a recommendation of the evaluation", note, StringComparison.Ordinal);
        Assert.Contains("Commission an online booking service", note, StringComparison.Ordinal);
        await SharedAsync(built, SharedItem.Recommendations, "Health and wellbeing board");
        var recommendations = await client.GetDocumentAsync(built.At("/recommendations"));
        Assert.NotNull(recommendations.QuerySelector($"a[href='{appraisalPath}']"));
        Assert.Contains("Health and wellbeing board", recommendations.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(recommendations.QuerySelector($"a[href='/evaluations/{built.Id}/share?item=Recommendations']"));
        await using (var scope = app.Scope(out var db))
        {
            var madeId = Guid.Parse(appraisalPath["/appraisals/".Length..]);
            var made = await db.Appraisals.SingleAsync(a => a.Id == madeId);
            Assert.Equal(built.Keeper.OrganisationId, made.OrganisationId);
            Assert.Contains("Respite KPI returns", made.Content.Purpose, StringComparison.Ordinal);
            var r = await db.StrategyRecommendations.SingleAsync(x => x.Id == id);
            Assert.Equal(FollowUpKind.NewAppraisal, r.FollowUp);
            Assert.Equal(made.Id, r.FollowUpRecordId);
        }

        // Presented accessibly: a print-ready page with the evidence behind it, a Word document and easy read.
        var results = await client.GetDocumentAsync(built.At("/results"));
        Assert.Contains("Commission an online booking service", results.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Respite KPI returns", results.Body.TextContent, StringComparison.Ordinal);
        Assert.NotNull(results.QuerySelector("figure.app-chart svg"));
        var docx = await client.GetAsync(built.At("/results/docx"));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx.Content.Headers.ContentType!.MediaType
        );
        var easy = await client.GetDocumentAsync(built.At("/results/easy-read"));
        Assert.Contains("What we will do", easy.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Criterion", "EV-P19")]
    [Trait("Criterion", "EV-P21")]
    public async Task AnActionWithNoOwnerOrPastDue_IsRefused_ItsRisksGoToTheRegister_CompletingSchedulesTheNext()
    {
        var built = await new FullEvaluationBuilder(app).SaveAsync();
        var impactId = await ImpactAsync(built);
        var client = await app.SignedInAs(built.Keeper);

        // Completing is refused until a recommendation is agreed and has an action.
        var complete = built.At("/complete");
        var early = await client.PostFormAsync(
            complete,
            new Form().Set("Input.Version", await VersionAsync(client, complete)).Set("Input.Conclusion", "Done")
        );
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains(
            "Agree at least one recommendation before completing the evaluation",
            (await HtmlClient.ParseAsync(early)).ErrorSummary()
        );

        var id = await AgreedRecommendationAsync(client, built, impactId);
        var add = built.At($"/actions/add?recommendationId={id}");
        var action = new Form()
            .Set("RecommendationId", id.ToString())
            .Set("Input.Text", "Procure an online booking service")
            .Set("Input.RiskOfAction.Description", "Carers without the internet are left out")
            .Set("Input.RiskOfAction.Likelihood", "3")
            .Set("Input.RiskOfAction.Impact", "3")
            .Set("Input.RiskOfInaction.Description", "Carers break down and stop caring")
            .Set("Input.RiskOfInaction.Likelihood", "4")
            .Set("Input.RiskOfInaction.Impact", "5");
        var refused = await client.PostFormAsync(add, Date(action, "Input.DueOn", app.Today.AddDays(-1)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var messages = (await HtmlClient.ParseAsync(refused)).ErrorSummary();
        Assert.Contains("Enter who owns the action", messages);
        Assert.Contains("The due date must be today or in the future", messages);
        Assert.Equal(2, messages.Count);
        await using (var scope = app.Scope(out var db))
            Assert.False(await db.EvaluationActions.AnyAsync(a => a.EvaluationId == built.Id));

        var planned = await client.PostFormAsync(
            add,
            Date(action.Set("Input.Owner", "Head of Commissioning"), "Input.DueOn", app.Today.AddMonths(3))
        );
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        await using (var scope = app.Scope(out var db))
        {
            var saved = await db.EvaluationActions.SingleAsync(a => a.EvaluationId == built.Id);
            var risks = await db
                .Risks.Where(r => r.LinkedRecordType == "EvaluationAction" && r.LinkedRecordId == saved.Id)
                .ToListAsync();
            Assert.Equal(2, risks.Count);
            var inaction = risks.Single(r => r.Id == saved.RiskOfInactionId);
            Assert.Equal((4, 5, "Head of Commissioning"), (inaction.Likelihood, inaction.Impact, inaction.Owner));
            Assert.Equal(built.Keeper.OrganisationId, inaction.OrganisationId);
        }
        var recommendations = await client.GetDocumentAsync(built.At("/recommendations"));
        Assert.Contains(
            "Carers break down and stop caring (score 20",
            recommendations.Body!.TextContent,
            StringComparison.Ordinal
        );

        // With its plan set (a task of its own, above), it can be completed.
        await using (var scope = app.Scope(out var db))
        {
            var e = await db.StrategyEvaluations.SingleAsync(x => x.Id == built.Id);
            Assert.Empty(
                e.SetPlan(
                    new EvaluationPlan
                    {
                        Scope = "Breaks",
                        Methods = EvaluationMethods.Impact,
                        Indicators = "Days to a break",
                        StartsOn = app.Today,
                        ReportsBy = app.Today.AddMonths(6),
                        Roles = [new() { Who = "Amina Shah", Responsibility = "Leads" }],
                        DevelopedWith = "Carers' forum",
                    }
                )
            );
            await db.SaveChangesAsync();
        }
        var done = await client.PostFormAsync(
            complete,
            new Form()
                .Set("Input.Version", await VersionAsync(client, complete))
                .Set("Input.Conclusion", "Breaks work when carers can book them")
        );
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        await using (var scope = app.Scope(out var db))
        {
            var e = await db.StrategyEvaluations.SingleAsync(x => x.Id == built.Id);
            Assert.Equal(EvaluationStage.Completed, e.Stage);
            var strategy = await db.Strategies.SingleAsync(s => s.Id == built.StrategyId);
            Assert.Equal(app.Today, strategy.LastEvaluatedOn);
            Assert.Equal(app.Today.AddMonths(12), strategy.NextEvaluationDue);
        }
    }

    [Fact]
    public async Task TheTaskList_ShowsEachTasksState()
    {
        var built = await new FullEvaluationBuilder(app).SaveAsync();
        await using var scope = app.Scope(out var db);
        var e = await db.StrategyEvaluations.SingleAsync(x => x.Id == built.Id);
        Assert.Empty(
            e.AgreeStatus(
                new EvaluationStatusAgreement
                {
                    Standing = EvaluationStanding.Service,
                    Sponsor = "Director",
                    AgreedBy = "DMT",
                    AgreedOn = app.Today,
                },
                app.Today
            )
        );
        var summary = await Web.Pages.Evaluations.Full.FullEvaluationSummary.LoadAsync(db, e, canChange: true);
        Assert.Equal(10, summary.Tasks.Count);
        Assert.Equal(
            ("Agree its status", "Agreed", true),
            (summary.Tasks[0].Name, summary.Tasks[0].State, summary.Tasks[0].Done)
        );
        var proposals = summary.Tasks.Single(t => t.Name == "Gather proposals");
        Assert.Equal(("1 proposal", true), (proposals.State, proposals.Done));
        Assert.False(summary.Tasks.Single(t => t.Name == "Complete the evaluation").Done);
    }

    [Fact]
    public async Task AnotherOrganisation_FindsNothing()
    {
        var built = await new FullEvaluationBuilder(app).SaveAsync();
        var other = await new UserBuilder(app).WithRole(Role.Commissioner).SaveAsync();
        var client = await app.SignedInAs(other);
        foreach (var part in new[] { "/status", "/plan", "/impacts", "/impacts/add", "/recommendations", "/results" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(built.At(part))).StatusCode);
        // Even with a real form (its token from a page they may see) the post finds nothing, and nothing changes.
        var guessed = await client.PostFormAsync(
            "/",
            new Form().Set("Input.Version", "0").Set("Input.Sponsor", "Someone"),
            built.At("/status")
        );
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.Null((await db.StrategyEvaluations.SingleAsync(e => e.Id == built.Id)).Status);
    }
}
