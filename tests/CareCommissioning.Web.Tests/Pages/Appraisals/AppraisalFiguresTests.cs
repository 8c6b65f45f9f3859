using System.Net;
using AngleSharp.Dom;
using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Uncertainty;
using CareCommissioning.Web.Infrastructure.Formatting;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CareCommissioning.Web.Tests.Pages.Appraisals.AppraisalSteps;

namespace CareCommissioning.Web.Tests.Pages.Appraisals;

/// <summary>
/// Worked examples, computed by hand, checked against the figures the pages show: the economic case with its
/// sensitivity table, the Monte Carlo against the domain run with the same seed, and the totals of a budget
/// negotiation.
/// </summary>
public sealed class AppraisalFiguresTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string DoNothing = "Do nothing (business as usual)";
    private const string Redesign = "Reablement first";

    // The streams are chosen so the Green Book standard rate (METHODS §1.1: 3.5% for years 0–30) discounts them to
    // round numbers: D(0) = 1, D(1) = 1/1.035, D(2) = 1/1.035² = 1/1.071225.
    //
    // Do nothing: costs £100,000, £103,500, £107,122.50 → PV 100,000 + 103,500/1.035 + 107,122.50/1.071225
    //             = 100,000 + 100,000 + 100,000 = £300,000; no benefits → NPSV = −£300,000.
    // Reablement first, optimism bias 10%: costs £100,000, £51,750, £53,561.25 → PV 100,000 + 50,000 + 50,000 =
    // £200,000,             with optimism bias × 1.1 = £220,000. Benefits £0, £207,000, £214,245 → PV 200,000 + 200,000
    // = £400,000.             NPSV = 400,000 − 220,000 = £180,000; BCR = 400,000 / 220,000 = 1.82; compared with do
    // nothing             180,000 − (−300,000) = £480,000.
    private static readonly decimal[] DoNothingCosts = [100_000m, 103_500m, 107_122.50m];
    private static readonly decimal[] RedesignCosts = [100_000m, 51_750m, 53_561.25m];
    private static readonly decimal[] RedesignBenefits = [0m, 207_000m, 214_245m];

    private async Task<(HttpClient Client, Guid Id, Guid DoNothing, Guid Redesign)> WorkedExampleAsync(string title)
    {
        var client = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(client, title, horizon: 2);
        var doNothing = await DoNothingIdAsync(client, id);
        var redesign = await AddOptionAsync(client, id, Redesign, "Innovation", "Preferred", optimismBias: "10");
        await SetFlowsAsync(client, id, doNothing, DoNothingCosts, []);
        await SetFlowsAsync(client, id, redesign, RedesignCosts, RedesignBenefits);
        return (client, id, doNothing, redesign);
    }

    private static List<List<string>> Rows(IElement table) =>
        table
            .QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList())
            .ToList();

    private static IElement TableCaptioned(IDocument page, string caption) =>
        page.QuerySelectorAll("table")
            .Single(t => t.QuerySelector("caption")!.TextContent.Contains(caption, StringComparison.Ordinal));

    [Fact]
    [Trait("Criterion", "OA-P13")]
    [Trait("Criterion", "OA-P17")]
    public async Task EconomicCase_WorkedExample_ResultsSwitchingValuesAndSensitivityRows()
    {
        var (client, id, _, _) = await WorkedExampleAsync("Figures: economic case");
        var page = await client.GetDocumentAsync($"/appraisals/{id}/economic-case");

        var results = Rows(page.QuerySelector("#economic-results")!);
        Assert.Equal(DoNothing, results[0][0]);
        Assert.Equal(["£300,000.00", "£0.00", "-£300,000.00", "0.00", "£0.00"], results[0].Skip(1));
        Assert.StartsWith(Redesign, results[1][0]);
        Assert.Contains("Highest NPSV", results[1][0]);
        Assert.Equal(["£220,000.00", "£400,000.00", "£180,000.00", "1.82", "£480,000.00"], results[1].Skip(1));

        // The discount factors are the Green Book's (METHODS §9 A: D(1) = 0.966184, D(2) = 0.933511).
        var profile = Rows(TableCaptioned(page, $"{Redesign}: cost profile"));
        Assert.Equal(
            ["2026/27", "£100,000.00", "£110,000.00", "£0.00", "1.000000", "£110,000.00", "£0.00"],
            profile[0]
        );
        Assert.Equal(
            ["2027/28", "£51,750.00", "£56,925.00", "£207,000.00", "0.966184", "£55,000.00", "£200,000.00"],
            profile[1]
        );
        Assert.Equal(
            ["2028/29", "£53,561.25", "£58,917.38", "£214,245.00", "0.933511", "£55,000.00", "£200,000.00"],
            profile[2]
        );
        Assert.Equal(
            ["Total", "£205,311.25", "£225,842.38", "£421,245.00", "", "£220,000.00", "£400,000.00"],
            profile[3]
        );

        // Switching values: the margin over the runner-up (do nothing) is 180,000 − (−300,000) = 480,000;
        // benefits may fall 480,000 / 400,000 = 120.0%, costs rise 480,000 / 220,000 = 218.2%.
        // Each option's own: benefits NPSV/PVB = 180,000 / 400,000 = 45.0%, costs NPSV/PVC = 180,000 / 220,000 = 81.8%.
        var inset = page.QuerySelector(".govuk-inset-text")!.TextContent;
        Assert.Contains($"{Redesign} has the highest NPSV, £480,000.00 above {DoNothing}", inset);
        Assert.Contains("benefits fall by more than 120.0% or its costs rise by more than 218.2%", inset);
        var switching = Rows(TableCaptioned(page, "Switching values"));
        Assert.Equal([Redesign, "45.0%", "81.8%"], switching[1]);

        // Sensitivity: every option's costs (before optimism bias) or benefits changed by the test's fraction.
        //   Costs +10%: do nothing −300,000 × 1.1 = −330,000; reablement 400,000 − 220,000 × 1.1 = 158,000.
        //   Costs +20%: do nothing −360,000;                  reablement 400,000 − 264,000 = 136,000.
        //   Benefits −10%: do nothing −300,000;               reablement 360,000 − 220,000 = 140,000.
        //   Benefits −20%: do nothing −300,000;               reablement 320,000 − 220,000 = 100,000.
        var sensitivity = Rows(TableCaptioned(page, "NPSV of each option under each sensitivity test"));
        Assert.Equal(
            [
                ["As estimated", "-£300,000.00", "£180,000.00", Redesign],
                ["Costs 10% higher", "-£330,000.00", "£158,000.00", Redesign],
                ["Costs 20% higher", "-£360,000.00", "£136,000.00", Redesign],
                ["Benefits 10% lower", "-£300,000.00", "£140,000.00", Redesign],
                ["Benefits 20% lower", "-£300,000.00", "£100,000.00", Redesign],
            ],
            sensitivity
        );
    }

    [Fact]
    [Trait("Criterion", "OA-P13")]
    public async Task MonteCarlo_PageShowsTheDomainRunForTheSameSeed_AndDoNothingStaysAtItsKnownNpsv()
    {
        var (client, id, _, redesign) = await WorkedExampleAsync("Figures: Monte Carlo");
        // Reablement's costs: triangular 90%, most likely 100%, up to 130% of each year's estimate; benefits: uniform
        // 50% to 110%.
        foreach (
            var (stream, distribution, low, mode, high) in new[]
            {
                ("Costs", "Triangular", "90", "100", "130"),
                ("Benefits", "Uniform", "50", "", "110"),
            }
        )
        {
            var added = await client.PostAppraisalAsync(
                $"/appraisals/{id}/monte-carlo",
                new Form()
                    .Set("Input.OptionId", redesign.ToString())
                    .Set("Input.Stream", stream)
                    .Set("Input.Distribution", distribution)
                    .Set("Input.Low", low)
                    .Set("Input.Mode", mode)
                    .Set("Input.High", high),
                $"/appraisals/{id}/monte-carlo?handler=Add"
            );
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PostAppraisalAsync(
                    $"/appraisals/{id}/monte-carlo",
                    new Form().Set("Run.Seed", "8675309").Set("Run.Iterations", "3,000"),
                    $"/appraisals/{id}/monte-carlo?handler=Run"
                )
            ).StatusCode
        );

        // The same run, built here from the worked example rather than read back from the appraisal: do nothing is
        // known; reablement's non-zero flows are each drawn separately (costs years 0–2, then benefits years 1–2),
        // optimism bias 10%.
        var expected = MonteCarloAppraisal.Run(
            GreenBookSchedules.Standard,
            DoNothing,
            [
                new UncertainOption(
                    DoNothing,
                    0m,
                    DoNothingCosts.Select((c, y) => UncertainFlow.Known(y, c)).ToList(),
                    []
                ),
                new UncertainOption(
                    Redesign,
                    0.10m,
                    RedesignCosts
                        .Select(
                            (c, y) =>
                                UncertainFlow.Uncertain(
                                    y,
                                    new Triangular(0.9 * (double)c, 1.0 * (double)c, 1.3 * (double)c)
                                )
                        )
                        .ToList(),
                    RedesignBenefits
                        .Select((b, y) => (b, y))
                        .Where(f => f.b != 0)
                        .Select(f => UncertainFlow.Uncertain(f.y, new Uniform(0.5 * (double)f.b, 1.1 * (double)f.b)))
                        .ToList()
                ),
            ],
            seed: 8675309,
            iterations: 3000
        );

        var page = await client.GetDocumentAsync($"/appraisals/{id}/monte-carlo");
        Assert.Contains("3,000 iterations with seed 8675309.", page.QuerySelector("main")!.TextContent);
        var rows = Rows(page.QuerySelector("#monte-carlo-results")!);
        Assert.Equal(2, rows.Count);
        foreach (var (o, row) in expected.Options.Zip(rows))
        {
            Assert.Equal(o.Option, row[0]);
            Assert.Equal(
                [
                    Display.Money(o.Mean),
                    Display.Money(o.P10),
                    Display.Money(o.P50),
                    Display.Money(o.P90),
                    o.ProbabilityBeatsBaseline is { } p ? (p * 100m).ToString("0.0") + "%" : "Comparator",
                ],
                row.Skip(1)
            );
        }
        // Do nothing has nothing uncertain, so every iteration gives its known NPSV, −£300,000 (worked above).
        Assert.Equal(
            [DoNothing, "-£300,000.00", "-£300,000.00", "-£300,000.00", "-£300,000.00", "Comparator"],
            rows[0]
        );
        // Reablement's worst case still beats do nothing: PV costs at most 200,000 × 1.3 × 1.1 = 286,000 and PV
        // benefits at least 400,000 × 0.5 = 200,000, so its NPSV ≥ 200,000 − 286,000 = −86,000 > −300,000 in every
        // iteration.
        Assert.Equal("100.0%", rows[1][5]);
        // And its mean sits near the expected value: costs × E[triangular] = (0.9 + 1 + 1.3)/3 = 1.0667, benefits ×
        // 0.8: 400,000 × 0.8 − 220,000 × 1.0667 = 320,000 − 234,667 = 85,333, within sampling error.
        Assert.InRange(expected.Options[1].Mean, 80_000m, 91_000m);

        // The S-curve data table shows the same percentiles as the domain run.
        var curve = Rows(TableCaptioned(page, "NPSV at each percentile"));
        Assert.Equal(21, curve.Count);
        Assert.Equal(
            [
                "50%",
                Display.Money(expected.Options[0].SCurve[10].Value),
                Display.Money(expected.Options[1].SCurve[10].Value),
            ],
            curve[10]
        );
    }

    [Fact]
    [Trait("Criterion", "OA-P20")]
    public async Task BudgetNegotiation_TotalsOfEachRoundAndOfTheAgreedBudget()
    {
        var commissioner = await app.SignedInAs(Role.Commissioner);
        var id = await StartAsync(commissioner, "Figures: budget", horizon: 2);
        Guid head;
        await using (var scope = app.Scope(out var db))
            head = (await db.BudgetHeads.FirstAsync(h => h.Code == "BCF-HD")).Id;
        var due = app.Today.AddDays(10);
        Form Round(string kind, string message, params string[] amounts)
        {
            var f = new Form()
                .Set("Input.Kind", kind)
                .Set("Input.Message", message)
                .Set("Input.DueOn.Day", due.Day.ToString())
                .Set("Input.DueOn.Month", due.Month.ToString())
                .Set("Input.DueOn.Year", due.Year.ToString());
            for (var i = 0; i < amounts.Length; i++)
                f.Set($"Input.Amounts[{i}]", amounts[i]);
            return f;
        }

        // Proposal: 100,000 + 120,000 + 130,000 = £350,000.
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await commissioner.PostAppraisalAsync(
                    $"/appraisals/{id}/budget?start=true",
                    Round("", "Reablement needs this", "100,000", "120,000", "130,000")
                        .Set("Input.BudgetHeadId", head.ToString()),
                    $"/appraisals/{id}/budget?handler=Start"
                )
            ).StatusCode
        );
        Guid proposal;
        await using (var scope = app.Scope(out var db))
            proposal = (await db.BudgetProposals.SingleAsync(p => p.AppraisalId == id)).Id;
        // Counter-proposal from finance: 100,000 + 95,500.50 + 110,000 = £305,500.50.
        var finance = await app.SignedInAs(Role.FinanceOfficer);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await finance.PostAppraisalAsync(
                    $"/appraisals/{id}/budget?respond={proposal}",
                    Round("CounterProposal", "Years 1 and 2 must be lower", "100000", "95,500.50", "110000"),
                    $"/appraisals/{id}/budget?handler=Respond&proposalId={proposal}"
                )
            ).StatusCode
        );

        var open = await commissioner.GetDocumentAsync($"/appraisals/{id}/budget");
        var card = open.QuerySelector(".govuk-summary-card")!;
        Assert.Contains("Open", card.QuerySelector(".govuk-summary-card__title")!.TextContent);
        Assert.Contains("Amounts on the table by year", card.QuerySelector("caption")!.TextContent);
        Assert.Equal(
            [
                ["2026/27", "£100,000.00"],
                ["2027/28", "£95,500.50"],
                ["2028/29", "£110,000.00"],
                ["Total", "£305,500.50"],
            ],
            // The first two columns: the year and the amount on the table; the head's figures follow (OA-P21).
            Rows(card.QuerySelector("table")!).Select(r => r.Take(2).ToList())
        );
        var rounds = card.QuerySelectorAll("ol li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, rounds.Count);
        Assert.Contains("Total £350,000.00.", rounds[0]);
        Assert.Contains("Total £305,500.50.", rounds[1]);

        // The commissioner agrees finance's amounts: the agreed budget is the counter-proposal's £305,500.50.
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
        var agreed = (await commissioner.GetDocumentAsync($"/appraisals/{id}/budget")).QuerySelector(
            ".govuk-summary-card"
        )!;
        Assert.Contains("Agreed", agreed.QuerySelector(".govuk-summary-card__title")!.TextContent);
        Assert.Contains("Agreed budget by year", agreed.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Total", "£305,500.50"], Rows(agreed.QuerySelector("table")!)[^1].Take(2));
        Assert.Equal(3, agreed.QuerySelectorAll("ol li").Length);
    }
}
