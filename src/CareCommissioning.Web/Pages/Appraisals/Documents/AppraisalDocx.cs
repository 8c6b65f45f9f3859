using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Appraisals.Documents;

/// <summary>
/// The options appraisal document as DOCX, with the same sections as the web page. Charts appear as their text
/// description and data table, which is what a screen reader would read from the web page's charts.
/// </summary>
public static class AppraisalDocx
{
    public static void Write(AppraisalDocument d, Stream output)
    {
        var a = d.Appraisal;
        var c = a.Content;
        using var w = new WordDocument(output, $"Options appraisal: {a.Title}");
        w.Title(a.Title)
            .Text(
                $"Options appraisal{(d.VersionNumber is { } n ? $", version {n}" : "")}. Status: {AppraisalStatusNames.Display(a.Status)}. {a.BaseFinancialYear} to {a.YearLabel(a.HorizonYears)}, in {a.BaseFinancialYear} prices."
            );

        w.Heading(1, "1. Summary").Text(c.Purpose ?? "No purpose has been written.");
        if (d.RecommendedName is { } rec)
            w.Text($"Recommendation: {rec}. {c.Recommendation.Reasons}", bold: true);
        if (c.Decision is { } decision)
            w.Text(
                $"Decided by {decision.DecidedBy} on {Display.DateTime(decision.DecidedAt)}: {decision.Decision}",
                bold: true
            );

        w.Heading(1, "2. Strategic context");
        if (c.Pestle.Count == 0)
            w.Text("No factors recorded.");
        else
            w.Table(
                "PESTLE factors and their impact on commissioning",
                ["Heading", "Factor", "Impact"],
                c.Pestle.OrderBy(f => f.Category)
                    .Select(f => (IReadOnlyList<string>)[PestleCategoryNames.Display(f.Category), f.Factor, f.Impact])
            );

        w.Heading(1, "3. Outcomes");
        if (c.Outcomes.Count == 0)
            w.Text("No outcomes recorded.");
        else
            w.Bullets(c.Outcomes.Select(o => o.Outcome + (o.Measure is { } m ? $" (measured by: {m})" : "")));

        w.Heading(1, "4. Demand and commitment");
        if (d.Commitment.Count == 0)
            w.Text("The appraisal is not linked to a service line with demand.");
        else
            w.Text(
                    $"Chart: demand and commitment for {d.ServiceLineName} by year, in cash and in base-year prices. Its data:"
                )
                .Table(
                    "Demand and commitment by year",
                    ["Year", $"Volume ({d.ServiceLineUnit})", "Unit cost", "In cash", "In base-year prices"],
                    d.Commitment.Select(r =>
                        (IReadOnlyList<string>)
                            [
                                r.Year.ToString(),
                                r.Volume.ToString("#,##0.##"),
                                Display.Money(r.UnitCost),
                                Display.Money(r.Nominal),
                                Display.Money(r.Real),
                            ]
                    )
                );

        w.Heading(1, "5. Options")
            .Table(
                "The long list and how each option was assessed",
                ["Option", "Kind", "Assessment", "Reason"],
                c.Options.Select(o =>
                    (IReadOnlyList<string>)
                        [
                            o.Name,
                            OptionKindNames.Display(o.Kind),
                            OptionAssessmentNames.Display(o.Assessment),
                            o.AssessmentReason ?? "",
                        ]
                )
            );

        w.Heading(1, "6. Economic case");
        if (d.Economic is { } e)
        {
            w.Text(
                    $"Costs include optimism bias and are discounted at the Green Book {a.Schedule} rates ({e.Schedule.Source}). Chart: NPSV of each option, shown in the NPSV column."
                )
                .Table(
                    $"Present values in {a.BaseFinancialYear} prices",
                    ["Option", "PV costs", "PV benefits", "NPSV", "BCR", "NPSV compared with do nothing"],
                    e.Results.Select(r =>
                        (IReadOnlyList<string>)
                            [
                                r.Name + (r.Preferred ? " (highest NPSV)" : ""),
                                Display.Money(r.PvCosts),
                                Display.Money(r.PvBenefits),
                                Display.Money(r.Npsv),
                                r.Bcr?.ToString("0.00") ?? "No costs",
                                Display.Money(r.NpsvVersusBaseline),
                            ]
                    )
                )
                .Text(
                    $"{e.Switch.Preferred} stays ahead of {e.Switch.RunnerUp} unless its benefits fall by more than {Pct(e.Switch.BenefitsFall)} or its costs rise by more than {Pct(e.Switch.CostsRise)}."
                )
                .Table(
                    "NPSV under each sensitivity test",
                    ["Test", .. e.Results.Select(r => r.Name), "Highest NPSV"],
                    e.Sensitivity.Select(s =>
                        (IReadOnlyList<string>)[s.Name, .. s.Npsv.Select(Display.Money), s.Preferred]
                    )
                );
            foreach (var p in e.Profiles)
                w.Table(
                    $"{p.Name}: year by year (optimism bias {NumberInput.Percent(p.OptimismBias)}%)",
                    ["Year", "Cost", "Cost with optimism bias", "Benefit", "Discount factor", "PV cost", "PV benefit"],
                    p.Rows.Select(r =>
                        (IReadOnlyList<string>)
                            [
                                a.YearLabel(r.Year).ToString(),
                                Display.Money(r.Cost),
                                Display.Money(r.AdjustedCost),
                                Display.Money(r.Benefit),
                                r.Factor.ToString("0.000000"),
                                Display.Money(r.PvCost),
                                Display.Money(r.PvBenefit),
                            ]
                    )
                );
        }
        else
            w.Text(AppraisalCalculator.EconomicBlocker(c));

        w.Heading(1, "7. Uncertainty");
        if (d.MonteCarlo is { } mc)
            w.Text(
                    $"{mc.Iterations:N0} iterations with seed {mc.Seed}. Chart: S-curve of each option's NPSV; its data is the percentile table."
                )
                .Table(
                    "NPSV across the iterations",
                    ["Option", "Mean", "P10", "P50", "P90", "Chance it beats do nothing"],
                    mc.Options.Select(o =>
                        (IReadOnlyList<string>)
                            [
                                o.Option,
                                Display.Money(o.Mean),
                                Display.Money(o.P10),
                                Display.Money(o.P50),
                                Display.Money(o.P90),
                                o.ProbabilityBeatsBaseline is { } p ? (p * 100m).ToString("0.0") + "%" : "Comparator",
                            ]
                    )
                )
                .Table(
                    "NPSV at each percentile (S-curve data)",
                    ["Percentile", .. mc.Options.Select(o => o.Option)],
                    Enumerable
                        .Range(0, mc.Options[0].SCurve.Count)
                        .Select(k =>
                            (IReadOnlyList<string>)
                                [
                                    $"{mc.Options[0].SCurve[k].Percent}%",
                                    .. mc.Options.Select(o => Display.Money(o.SCurve[k].Value)),
                                ]
                        )
                );
        else
            w.Text("No Monte Carlo analysis: no inputs were marked uncertain.");

        w.Heading(1, "8. Criteria, weights and scores");
        if (d.Mcda is { } mcda)
            w.Table(
                    "Performance matrix: scores out of 100",
                    ["Criterion (weight)", .. c.ShortList.Select(o => o.Name)],
                    c.Criteria.Select(k =>
                        (IReadOnlyList<string>)
                            [
                                $"{k.Name} ({NumberInput.Plain(k.Weight)})",
                                .. c.ShortList.Select(o =>
                                    c.Scores.FirstOrDefault(s => s.OptionId == o.Id && s.CriterionId == k.Id) is { } s
                                        ? NumberInput.Plain(s.Score)
                                        : ""
                                ),
                            ]
                    )
                )
                .Text("Chart: weighted MCDA totals, shown in the table below.")
                .Table(
                    "Weighted totals and ranking",
                    ["Option", "Weighted total", "Rank"],
                    mcda.Options.OrderBy(o => o.Rank)
                        .Select(o => (IReadOnlyList<string>)[o.Name, o.Total.ToString("0.0"), o.Rank.ToString()])
                )
                .Table(
                    "Switching weights",
                    ["Criterion", "Weight now", "Switching weight", "New top option"],
                    mcda.Criteria.Select(k =>
                        (IReadOnlyList<string>)
                            [
                                k.Name,
                                (k.NormalisedWeight * 100m).ToString("0.#"),
                                k.SwitchingWeight is { } sw ? (sw * 100m).ToString("0.#") : "None",
                                k.NewLeader ?? "No weight changes the top option",
                            ]
                    )
                );
        else
            w.Text(AppraisalCalculator.McdaBlocker(c));

        w.Heading(1, "9. Risks");
        foreach (var o in c.ShortList)
        {
            w.Heading(2, o.Name)
                .Bullets(
                    o.RiskIds.Where(d.Risks.ContainsKey)
                        .Select(id => $"{d.Risks[id].Title} – score {d.Risks[id].Score}")
                );
            if (o.RiskIds.Count == 0)
                w.Text("No risks from the register linked.");
            w.Text(o.RiskAssessment);
        }

        w.Heading(1, "10. What people told us").Text($"{d.Contributions.Count} contributions were received.");
        if (d.Rankings.Count > 0)
            w.Table(
                "How people ranked the options (1 is first choice)",
                ["Option", "Average place", "People"],
                d.Rankings.Select(r =>
                    (IReadOnlyList<string>)[r.Option, r.AverageRank.ToString("0.0"), r.Rankings.ToString()]
                )
            );
        if (d.Contributions.Count > 0)
            w.Table(
                "Contributions and what they changed",
                ["From", "Contribution", "What it changed"],
                d.Contributions.Select(x =>
                    (IReadOnlyList<string>)
                        [
                            x.AuthorName + (x.AuthorOrganisation is { } org ? $", {org}" : ""),
                            $"{ContributionKindNames.Display(x.Kind)}: {x.Text}",
                            ContributionEffectNames.Display(x.Effect) + (x.Response is { } r ? $". {r}" : ""),
                        ]
                )
            );

        w.Heading(1, "11. Recommendation")
            .Table(
                "The recommendation",
                ["", ""],
                [
                    ["Recommended option", d.RecommendedName ?? "None yet"],
                    ["Why", c.Recommendation.Reasons ?? "Not given"],
                    ["If it is taken up", c.Recommendation.ConsequencesOfAction ?? "Not given"],
                    ["If nothing is done", c.Recommendation.ConsequencesOfInaction ?? "Not given"],
                ]
            );
        Budget(w, d);
    }

    private static void Budget(WordDocument w, AppraisalDocument d)
    {
        w.Heading(1, "12. Budget");
        if (d.Budget.Count == 0)
            w.Text("No budget has been proposed yet.");
        foreach (var (head, p) in d.Budget)
            w.Table(
                $"{head}: {(p.Status == Domain.Resources.ProposalStatus.Agreed ? "agreed" : "proposed, not yet agreed")}, after {p.Rounds.Count} rounds",
                ["Year", "Amount"],
                p.Current.Select(y =>
                    (IReadOnlyList<string>)[new Domain.Common.FinancialYear(y.Year).ToString(), Display.Money(y.Amount)]
                )
            );
    }

    private static string Pct(decimal? f) => f is { } v ? (v * 100m).ToString("0.0") + "%" : "not defined";
}
