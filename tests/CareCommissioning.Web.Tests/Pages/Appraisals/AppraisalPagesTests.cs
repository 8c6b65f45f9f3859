using System.Net;
using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Formatting;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareCommissioning.Web.Tests.Pages.Appraisals.AppraisalSteps;

namespace CareCommissioning.Web.Tests.Pages.Appraisals;

public sealed class AppraisalPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string DoNothing = "Do nothing (business as usual)";

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public async Task Start_BeginsAsADraftWithDoNothingOnTheLongList()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Homecare 2027 to 2031");
        var overview = await client.GetDocumentAsync($"/appraisals/{id}");
        Assert.Contains("Draft", overview.QuerySelector("main")!.TextContent);
        var options = await client.GetDocumentAsync($"/appraisals/{id}/options");
        Assert.Contains(DoNothing, options.QuerySelector("table")!.TextContent);
        var list = await client.GetDocumentAsync("/appraisals?Search=homecare+2027");
        Assert.Contains("Homecare 2027 to 2031", list.QuerySelector("table")!.TextContent);
    }

    [Theory]
    [InlineData("Input.Title", "", "Enter the title of the appraisal")]
    [InlineData("Input.HorizonYears", "50", "The appraisal must cover between 1 and 30 years after the base year")]
    [InlineData("Input.HorizonYears", "ten", "Years covered must be a whole number, like 10")]
    [InlineData("Input.BaseYear", "2026", "Base year must be a financial year, like 2026/27")]
    [InlineData("Input.Schedule", "fast", "Select the discount schedule: standard, or health for health effects")]
    public async Task Start_Invalid_Is400_KeepsAnswers_SavesNothing(string field, string value, string message)
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var form = new Form()
            .Set("Input.Title", "Kept appraisal")
            .Set("Input.Purpose", "Kept purpose")
            .Set("Input.BaseYear", "2026/27")
            .Set("Input.HorizonYears", "10")
            .Set("Input.Schedule", "standard")
            .Set(field, value);
        var response = await client.PostAppraisalAsync("/appraisals/add", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await HtmlClient.ParseAsync(response);
        Assert.Contains(message, doc.ErrorSummary());
        Assert.Equal("Kept purpose", doc.FieldValue("Input.Purpose"));
        await using var scope = app.Scope(out var db);
        Assert.False(await db.Appraisals.AnyAsync(a => a.Title == "Kept appraisal"));
    }

    [Fact]
    [Trait("Criterion", "OA-P6")]
    [Trait("Criterion", "OA-P8")]
    public async Task ContextOutcomesAndLongList_AreRecordedWithReasons()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Context and options");
        var factor = await client.PostAppraisalAsync(
            $"/appraisals/{id}/context",
            new Form()
                .Set("Input.Category", "Economic")
                .Set("Input.Factor", "National Living Wage rises 6.7%")
                .Set("Input.Impact", "Fees must rise"),
            $"/appraisals/{id}/context?handler=Add"
        );
        Assert.Equal(HttpStatusCode.Redirect, factor.StatusCode);
        var badFactor = await client.PostAppraisalAsync(
            $"/appraisals/{id}/context",
            new Form().Set("Input.Category", "Economic").Set("Input.Factor", "No impact given"),
            $"/appraisals/{id}/context?handler=Add"
        );
        Assert.Equal(HttpStatusCode.BadRequest, badFactor.StatusCode);
        Assert.Contains("Enter its impact on commissioning", (await HtmlClient.ParseAsync(badFactor)).ErrorSummary());

        // An option carried forward or discounted needs its reason; do nothing cannot be discounted.
        var noReason = await client.PostAppraisalAsync(
            $"/appraisals/{id}/options/add",
            new Form()
                .Set("Input.Name", "Decommission day centres")
                .Set("Input.Kind", "Decommissioning")
                .Set("Input.Assessment", "Discounted")
        );
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains(
            "Enter the reason the option is discounted",
            (await HtmlClient.ParseAsync(noReason)).ErrorSummary()
        );
        await AddOptionAsync(client, id, "Decommission day centres", "Decommissioning", "Discounted");
        var doNothing = await DoNothingIdAsync(client, id);
        var discountDoNothing = await client.PostAppraisalAsync(
            $"/appraisals/{id}/options/{doNothing}",
            new Form()
                .Set("Input.Name", DoNothing)
                .Set("Input.Kind", "DoNothing")
                .Set("Input.Assessment", "Discounted")
                .Set("Input.AssessmentReason", "Not wanted")
        );
        Assert.Equal(HttpStatusCode.BadRequest, discountDoNothing.StatusCode);
        Assert.Contains(
            "Do nothing cannot be discounted: it is the comparator for every other option",
            (await HtmlClient.ParseAsync(discountDoNothing)).ErrorSummary()
        );

        var options = await client.GetDocumentAsync($"/appraisals/{id}/options");
        var row = options.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Decommission day centres"));
        Assert.Contains("Discounted", row.TextContent);
        Assert.Contains("Meets the spending objectives", row.TextContent);
        Assert.Contains(
            "National Living Wage rises 6.7%",
            (await client.GetDocumentAsync($"/appraisals/{id}/context")).QuerySelector("table")!.TextContent
        );
    }

    [Fact]
    [Trait("Criterion", "OA-P17")]
    [Trait("Criterion", "OA-P13")]
    public async Task EconomicCase_MatchesTheDomainCalculation_WithSensitivityAndSwitchingValues()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Economic case");
        var doNothing = await DoNothingIdAsync(client, id);
        var reablement = await AddOptionAsync(client, id, "Reablement first", optimismBias: "41");
        await SetFlowsAsync(client, id, doNothing, [1_000_000m, 1_050_000m, 1_100_000m, 1_150_000m, 1_200_000m], []);
        await SetFlowsAsync(
            client,
            id,
            reablement,
            [1_100_000m, 900_000m, 900_000m, 900_000m, 900_000m],
            [0m, 150_000m, 200_000m, 250_000m, 250_000m]
        );

        var expected = EconomicAppraisal.Evaluate(
            GreenBookSchedules.Standard,
            DoNothing,
            [
                new AppraisalOption(
                    DoNothing,
                    0m,
                    [
                        new(0, 1_000_000m),
                        new(1, 1_050_000m),
                        new(2, 1_100_000m),
                        new(3, 1_150_000m),
                        new(4, 1_200_000m),
                    ],
                    []
                ),
                new AppraisalOption(
                    "Reablement first",
                    0.41m,
                    [new(0, 1_100_000m), new(1, 900_000m), new(2, 900_000m), new(3, 900_000m), new(4, 900_000m)],
                    [new(1, 150_000m), new(2, 200_000m), new(3, 250_000m), new(4, 250_000m)]
                ),
            ]
        );
        var page = await client.GetDocumentAsync($"/appraisals/{id}/economic-case");
        var rows = page.QuerySelectorAll("#economic-results tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList())
            .ToList();
        foreach (var (result, row) in expected.Zip(rows))
        {
            Assert.StartsWith(result.Name, row[0]);
            Assert.Equal(Display.Money(result.PvCosts), row[1]);
            Assert.Equal(Display.Money(result.PvBenefits), row[2]);
            Assert.Equal(Display.Money(result.Npsv), row[3]);
            Assert.Equal(Display.Money(result.NpsvVersusBaseline), row[5]);
        }
        Assert.NotNull(page.QuerySelector("svg[role=img] title"));
        Assert.Contains("Costs 20% higher", page.QuerySelector("main")!.TextContent);
        Assert.Contains(
            "stays ahead unless its benefits fall by more than",
            page.QuerySelector(".govuk-inset-text")!.TextContent
        );
    }

    [Fact]
    public async Task Flows_OutsideTheHorizonOrNegative_Are400AndNothingChanges()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Bad flows", horizon: 2);
        var option = await AddOptionAsync(client, id, "Redesign");
        var negative = await client.PostAppraisalAsync(
            $"/appraisals/{id}/options/{option}/flows",
            new Form().Set("Rows[0].Year", "0").Set("Rows[0].Cost", "-5")
        );
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("Cost in 2026/27 must be £0 or more", (await HtmlClient.ParseAsync(negative)).ErrorSummary());
        var outside = await client.PostAppraisalAsync(
            $"/appraisals/{id}/options/{option}/flows",
            new Form().Set("Rows[0].Year", "9").Set("Rows[0].Cost", "5")
        );
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains(
            "Year must be between 0 and 2, the horizon of the appraisal",
            (await HtmlClient.ParseAsync(outside)).ErrorSummary()
        );
        var text = await client.PostAppraisalAsync(
            $"/appraisals/{id}/options/{option}/flows",
            new Form().Set("Rows[0].Year", "0").Set("Rows[0].Cost", "a lot")
        );
        Assert.Equal("a lot", (await HtmlClient.ParseAsync(text)).FieldValue("Rows[0].Cost"));
        await using var scope = app.Scope(out var db);
        Assert.All((await db.Appraisals.SingleAsync(a => a.Id == id)).Content.Options, o => Assert.Empty(o.Costs));
    }

    [Fact]
    [Trait("Criterion", "OA-P12")]
    [Trait("Criterion", "OA-P13")]
    public async Task Criteria_MustTotal100_ThenScoresGiveTheRankingAndSwitchingWeights()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "MCDA");
        var doNothing = await DoNothingIdAsync(client, id);
        var redesign = await AddOptionAsync(client, id, "Redesign");
        var bad = await client.PostAppraisalAsync(
            $"/appraisals/{id}/criteria",
            new Form()
                .Set("Rows[0].Name", "Choice and control")
                .Set("Rows[0].Weight", "60")
                .Set("Rows[1].Name", "Deliverability")
                .Set("Rows[1].Weight", "30")
        );
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badDoc = await HtmlClient.ParseAsync(bad);
        Assert.Contains("The weights must total 100; they total 90", badDoc.ErrorSummary());
        Assert.Equal("Deliverability", badDoc.FieldValue("Rows[1].Name"));

        var saved = await client.PostAppraisalAsync(
            $"/appraisals/{id}/criteria",
            new Form()
                .Set("Rows[0].Name", "Choice and control")
                .Set("Rows[0].Weight", "60")
                .Set("Rows[1].Name", "Deliverability")
                .Set("Rows[1].Weight", "40")
        );
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var scores = await client.GetDocumentAsync($"/appraisals/{id}/scores");
        var cells = scores
            .QuerySelectorAll("input[name$='.OptionId']")
            .Select(i => (Name: i.GetAttribute("name")!.Replace(".OptionId", ""), Option: i.GetAttribute("value")!))
            .ToList();
        var form = new Form();
        foreach (var (prefix, option) in cells)
        {
            form.Set($"{prefix}.OptionId", option)
                .Set(
                    $"{prefix}.CriterionId",
                    scores.QuerySelector($"input[name='{prefix}.CriterionId']")!.GetAttribute("value")!
                );
            var first = cells.First(c => c.Option == option).Name == prefix;
            // Redesign: 100 on choice, 0 on deliverability; do nothing the reverse.
            var score = option == redesign.ToString() ? (first ? "100" : "0") : (first ? "0" : "100");
            form.Set($"{prefix}.Score", score).Set($"{prefix}.Reason", "Workshop with carers, 3 March");
        }
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PostAppraisalAsync($"/appraisals/{id}/scores", form)).StatusCode
        );
        var result = await client.GetDocumentAsync($"/appraisals/{id}/criteria");
        var rows = result.QuerySelectorAll("#mcda-results tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Redesign", rows[0]);
        Assert.Contains("60.0", rows[0]);
        Assert.Contains("40.0", rows[1]);
        // With two criteria, the top option changes when choice and control falls to 50.
        Assert.Contains(result.QuerySelectorAll("table").Last().QuerySelectorAll("tbody tr"), r =>
            r.TextContent.Contains("Choice and control") && r.TextContent.Contains("50")
        );
        _ = doNothing;
    }

    [Fact]
    public async Task MonteCarlo_BadDistributionOrTooManyIterations_IsRefused_ThenASeededRunRepeats()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Monte Carlo");
        var doNothing = await DoNothingIdAsync(client, id);
        var redesign = await AddOptionAsync(client, id, "Redesign");
        await SetFlowsAsync(client, id, doNothing, [100_000m, 100_000m, 100_000m], []);
        await SetFlowsAsync(client, id, redesign, [90_000m, 90_000m, 90_000m], [5_000m, 5_000m, 5_000m]);

        var inverted = await client.PostAppraisalAsync(
            $"/appraisals/{id}/monte-carlo",
            new Form()
                .Set("Input.OptionId", redesign.ToString())
                .Set("Input.Stream", "Costs")
                .Set("Input.Distribution", "Triangular")
                .Set("Input.Low", "130")
                .Set("Input.Mode", "100")
                .Set("Input.High", "90"),
            $"/appraisals/{id}/monte-carlo?handler=Add"
        );
        Assert.Equal(HttpStatusCode.BadRequest, inverted.StatusCode);
        Assert.Contains(
            "The minimum must be below the maximum, with the most likely value between them",
            (await HtmlClient.ParseAsync(inverted)).ErrorSummary()
        );

        var huge = await client.PostAppraisalAsync(
            $"/appraisals/{id}/monte-carlo",
            new Form().Set("Run.Seed", "1").Set("Run.Iterations", "10000000"),
            $"/appraisals/{id}/monte-carlo?handler=Run"
        );
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains(
            "Iterations must be a whole number from 100 to 100,000; more takes too long to be worth it",
            (await HtmlClient.ParseAsync(huge)).ErrorSummary()
        );

        var added = await client.PostAppraisalAsync(
            $"/appraisals/{id}/monte-carlo",
            new Form()
                .Set("Input.OptionId", redesign.ToString())
                .Set("Input.Stream", "Costs")
                .Set("Input.Distribution", "Triangular")
                .Set("Input.Low", "90")
                .Set("Input.Mode", "100")
                .Set("Input.High", "130"),
            $"/appraisals/{id}/monte-carlo?handler=Add"
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var run = await client.PostAppraisalAsync(
            $"/appraisals/{id}/monte-carlo",
            new Form().Set("Run.Seed", "42").Set("Run.Iterations", "5000"),
            $"/appraisals/{id}/monte-carlo?handler=Run"
        );
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var first = (await client.GetDocumentAsync($"/appraisals/{id}/monte-carlo"))
            .QuerySelector("#monte-carlo-results")!
            .TextContent;
        var second = (await client.GetDocumentAsync($"/appraisals/{id}/monte-carlo"))
            .QuerySelector("#monte-carlo-results")!
            .TextContent;
        Assert.Equal(first, second);
        Assert.Contains("Comparator", first);
        Assert.Matches(@"\d+\.\d%", first);
    }

    [Fact]
    [Trait("Criterion", "OA-P16")]
    public async Task ConcurrentEdits_AreDetected_NotOverwritten()
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, "Concurrent");
        var page = await client.GetDocumentAsync($"/appraisals/{id}/outcomes");
        var staleVersion = page.FieldValue("AppraisalVersion")!;
        var first = await client.PostAppraisalAsync(
            $"/appraisals/{id}/outcomes",
            new Form().Set("AppraisalVersion", staleVersion).Set("Input.Outcome", "First outcome"),
            $"/appraisals/{id}/outcomes?handler=Add"
        );
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await client.PostAppraisalAsync(
            $"/appraisals/{id}/outcomes",
            new Form().Set("AppraisalVersion", staleVersion).Set("Input.Outcome", "Second outcome"),
            $"/appraisals/{id}/outcomes?handler=Add"
        );
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var doc = await HtmlClient.ParseAsync(second);
        Assert.Contains("Someone else changed this appraisal", string.Join(" ", doc.ErrorSummary()));
        Assert.Equal("Second outcome", doc.FieldValue("Input.Outcome"));
        await using var scope = app.Scope(out var db);
        Assert.Equal(
            ["First outcome"],
            (await db.Appraisals.SingleAsync(a => a.Id == id)).Content.Outcomes.Select(o => o.Outcome)
        );
    }

    [Theory]
    [InlineData(Role.Auditor, true)]
    [InlineData(Role.DecisionMaker, true)]
    [InlineData(Role.Provider, false)]
    [InlineData(Role.Stakeholder, false)]
    public async Task Roles_ReadOrChangeOnlyAsAllowed(Role role, bool mayRead)
    {
        var id = await StartAsync(await app.SignedInAs(Role.Commissioner), $"Roles {role}");
        var client = await app.SignedInAs(role);
        var get = await client.GetAsync($"/appraisals/{id}/outcomes");
        if (mayRead)
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        else
            Assert.StartsWith("/account/access-denied", get.Headers.Location!.PathAndQuery);
        var token = mayRead
            ? (await HtmlClient.ParseAsync(get))
                .QuerySelector("input[name=__RequestVerificationToken]")
                ?.GetAttribute("value")
            : null;
        var post = await client.PostAsync(
            $"/appraisals/{id}/outcomes?handler=Add",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["Input.Outcome"] = "Should not be saved",
                    ["__RequestVerificationToken"] = token
                        ?? (await HtmlClient.ParseAsync(await client.GetAsync("/account")))
                            .QuerySelector("input[name=__RequestVerificationToken]")
                            ?.GetAttribute("value")
                        ?? "",
                }
            )
        );
        Assert.StartsWith("/account/access-denied", post.Headers.Location!.PathAndQuery);
        await using var scope = app.Scope(out var db);
        Assert.Empty((await db.Appraisals.SingleAsync(a => a.Id == id)).Content.Outcomes);
    }
}
