using CareCommissioning.Domain.Mcda;
using CareCommissioning.Domain.Uncertainty;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Api.Calculations;

/// <summary>
/// Stateless calculations for other tools (OA-P6, P13, P16): they read and write no data, so they are open without
/// sign-in, rate limited and bounded per request. The appraisal pages call the same domain code.
/// </summary>
public static class CalculationsApi
{
    public static RouteGroupBuilder MapCalculationsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/calculations")
            .WithTags("Calculations")
            .AllowAnonymous()
            .RequireRateLimiting(CalculationLimits.RateLimitPolicy);
        g.MapPost("/present-value", PresentValue)
            .WithName("CalculatePresentValue")
            .WithSummary(
                "Present value of real cash flows at a Green Book discount schedule, with each year's discount factor."
            );
        g.MapPost("/appraisal", Appraisal)
            .WithName("CalculateAppraisal")
            .WithSummary(
                "PV of costs (after optimism bias) and benefits, NPSV, BCR, NPSV against the do-nothing baseline, switching values and the preferred option."
            );
        g.MapPost("/mcda", Mcda)
            .WithName("CalculateMcda")
            .WithSummary(
                "Multi-criteria analysis: weighted totals, ranks, and each criterion's switching weight, on the 0–100 scale of the weights sent and normalised to 1."
            );
        g.MapPost("/monte-carlo", MonteCarlo)
            .RequireRateLimiting(CalculationLimits.MonteCarloRateLimitPolicy)
            // The one gate of the app, not an instance of the filter's own.
            .AddEndpointFilter(
                (context, next) =>
                    context.HttpContext.RequestServices.GetRequiredService<SimulationGate>().InvokeAsync(context, next)
            )
            .WithName("CalculateMonteCarlo")
            .WithSummary(
                "Monte Carlo of each option's NPSV where any amount may be a distribution: mean, P10, P50, P90 and the probability of beating the baseline. The same seed gives the same answer."
            );
        return api;
    }

    internal static Results<Ok<PresentValueResponse>, ValidationProblem> PresentValue(PresentValueRequest request)
    {
        var v = new CalculationValidator();
        var schedule = v.Schedule(request.Schedule);
        v.Flows(request.Flows, "flows");
        if (!v.IsValid)
            return TypedResults.ValidationProblem(v.Errors);

        var flows = request.Flows.Select(f => new CashFlow(f.Year, f.Amount)).ToList();
        var last = flows.Count == 0 ? 0 : flows.Max(f => f.Year);
        var factors = Discounting.Factors(schedule!, last);
        return TypedResults.Ok(
            new PresentValueResponse(
                schedule!.Name,
                Discounting.PresentValue(schedule, flows),
                factors.Select((d, t) => new FactorDto(t, d)).ToList()
            )
        );
    }

    internal static Results<Ok<AppraisalResponse>, ValidationProblem> Appraisal(AppraisalRequest request)
    {
        var v = new CalculationValidator();
        var schedule = v.Schedule(request.Schedule);
        ValidateOptions(v, request);
        if (!v.IsValid)
            return TypedResults.ValidationProblem(v.Errors);

        var results = EconomicAppraisal.Evaluate(
            schedule!,
            request.Baseline,
            request.Options.Select(ToDomain).ToList()
        );
        return TypedResults.Ok(
            new AppraisalResponse(
                schedule!.Name,
                request.Baseline,
                results
                    .Select(r => new AppraisalOptionResponse(
                        r.Name,
                        r.PvCosts,
                        r.PvBenefits,
                        r.Npsv,
                        r.Bcr,
                        r.NpsvVersusBaseline,
                        r.BenefitsSwitchingValue,
                        r.CostsSwitchingValue,
                        r.Preferred
                    ))
                    .ToList()
            )
        );
    }

    internal static Results<Ok<McdaResponse>, ValidationProblem> Mcda(McdaRequest request)
    {
        var v = new CalculationValidator();
        if (request.Criteria is not { Count: > 0 and <= CalculationLimits.MaxCriteria })
            v.Add("criteria", $"Give 1 to {CalculationLimits.MaxCriteria} criteria.");
        else
        {
            for (var j = 0; j < request.Criteria.Count; j++)
            {
                v.Name(request.Criteria[j]?.Name, $"criteria[{j}].name");
                if (request.Criteria[j]?.Weight is < 0 or > 100)
                    v.Add($"criteria[{j}].weight", "Weight must be 0 to 100.");
            }
            if (request.Criteria.All(c => c is not null) && request.Criteria.Sum(c => c.Weight) != 100m)
                v.Add("criteria", "Criterion weights must add up to 100.");
        }
        if (request.Options is not { Count: > 0 and <= CalculationLimits.MaxOptions })
            v.Add("options", $"Give 1 to {CalculationLimits.MaxOptions} options.");
        else
        {
            for (var i = 0; i < request.Options.Count; i++)
            {
                var o = request.Options[i];
                v.Name(o?.Name, $"options[{i}].name");
                if (o?.Scores is null || o.Scores.Count != request.Criteria?.Count)
                    v.Add(
                        $"options[{i}].scores",
                        $"Give one score for each of the {request.Criteria?.Count ?? 0} criteria."
                    );
                else
                    for (var j = 0; j < o.Scores.Count; j++)
                        if (o.Scores[j] is < 0 or > 100)
                            v.Add($"options[{i}].scores[{j}]", "Score must be 0 to 100.");
            }
            v.UniqueNames(request.Options.Select(o => o?.Name), "options");
        }
        if (!v.IsValid)
            return TypedResults.ValidationProblem(v.Errors);

        var result = LinearAdditiveModel.Evaluate(
            request.Criteria!.Select(c => new McdaCriterion(c.Name, c.Weight)).ToList(),
            request.Options.Select(o => new McdaOption(o.Name, o.Scores)).ToList()
        );
        return TypedResults.Ok(
            new McdaResponse(
                result.Options.Select(o => new McdaOptionResponse(o.Name, o.Total, o.Rank)).ToList(),
                result
                    .Criteria.Select(c => new McdaCriterionResponse(
                        c.Name,
                        c.Weight,
                        c.SwitchingWeightAsGiven,
                        c.NormalisedWeight,
                        c.SwitchingWeight,
                        c.NewLeader
                    ))
                    .ToList()
            )
        );
    }

    internal static Results<Ok<MonteCarloResponse>, ValidationProblem> MonteCarlo(MonteCarloRequest request)
    {
        var v = new CalculationValidator();
        var schedule = v.Schedule(request.Schedule);
        v.Name(request.Baseline, "baseline");
        var options = new List<UncertainOption>();
        var uncertain = 0L;
        if (request.Options is not { Count: > 0 and <= CalculationLimits.MaxOptions })
            v.Add("options", $"Give 1 to {CalculationLimits.MaxOptions} options, including the do-nothing baseline.");
        else
        {
            for (var i = 0; i < request.Options.Count; i++)
            {
                var o = request.Options[i];
                if (o is null)
                {
                    v.Add($"options[{i}]", "An option cannot be null.");
                    continue;
                }
                v.Name(o.Name, $"options[{i}].name");
                if (o.OptimismBias is < 0 or > 2)
                    v.Add($"options[{i}].optimismBias", "Optimism bias must be 0 to 2 (0% to 200%).");
                var costs = Flows(v, o.Costs, $"options[{i}].costs", ref uncertain);
                var benefits = Flows(v, o.Benefits, $"options[{i}].benefits", ref uncertain);
                options.Add(new UncertainOption(o.Name ?? "", o.OptimismBias, costs, benefits));
            }
            v.UniqueNames(request.Options.Select(o => o?.Name), "options");
            if (
                !string.IsNullOrWhiteSpace(request.Baseline)
                && !request.Options.Any(o =>
                    string.Equals(o?.Name, request.Baseline, StringComparison.OrdinalIgnoreCase)
                )
            )
                v.Add(
                    "baseline",
                    "The baseline must be one of the options: the do-nothing option is always appraised."
                );
        }
        if (request.Iterations is < 1 or > CalculationLimits.MaxIterations)
            v.Add("iterations", $"Iterations must be 1 to {CalculationLimits.MaxIterations:N0}.");
        else if (uncertain * request.Iterations > CalculationLimits.MaxDraws)
            v.Add(
                "iterations",
                $"Iterations × uncertain amounts must be {CalculationLimits.MaxDraws:N0} or fewer: use fewer iterations or fewer uncertain amounts."
            );
        if (!v.IsValid)
            return TypedResults.ValidationProblem(v.Errors);

        var seed = request.Seed ?? Random.Shared.Next();
        var result = MonteCarloAppraisal.Run(schedule!, request.Baseline, options, seed, request.Iterations);
        return TypedResults.Ok(
            new MonteCarloResponse(
                schedule!.Name,
                request.Baseline,
                seed,
                request.Iterations,
                result
                    .Options.Select(o => new MonteCarloOptionResponse(
                        o.Option,
                        o.Mean,
                        o.P10,
                        o.P50,
                        o.P90,
                        o.ProbabilityBeatsBaseline
                    ))
                    .ToList()
            )
        );
    }

    private static List<UncertainFlow> Flows(
        CalculationValidator v,
        IReadOnlyList<UncertainFlowDto>? flows,
        string path,
        ref long uncertain
    )
    {
        var list = new List<UncertainFlow>();
        if (flows is null)
        {
            v.Add(path, "Give a list of flows (it may be empty).");
            return list;
        }
        if (flows.Count > CalculationLimits.MaxFlows)
        {
            v.Add(path, $"Give {CalculationLimits.MaxFlows:N0} flows or fewer.");
            return list;
        }
        for (var i = 0; i < flows.Count; i++)
        {
            var f = flows[i];
            if (f?.Amount is null)
            {
                v.Add($"{path}[{i}].amount", "Give an amount: a number or a distribution.");
                continue;
            }
            if (f.Year is < 0 or > CalculationLimits.MaxYear)
            {
                v.Add($"{path}[{i}].year", $"Year must be 0 (the base year) to {CalculationLimits.MaxYear}.");
                continue;
            }
            if (f.Amount.Distribution is { } d)
            {
                if (v.Distribution(d, $"{path}[{i}].amount") is { } distribution)
                {
                    list.Add(UncertainFlow.Uncertain(f.Year, distribution));
                    uncertain++;
                }
            }
            else if (Math.Abs(f.Amount.Value ?? 0m) > (decimal)CalculationLimits.MaxAmount)
                v.Add($"{path}[{i}].amount", "Amount must be between minus and plus £1 trillion.");
            else
                list.Add(UncertainFlow.Known(f.Year, f.Amount.Value ?? 0m));
        }
        return list;
    }

    private static void ValidateOptions(CalculationValidator v, AppraisalRequest request)
    {
        v.Name(request.Baseline, "baseline");
        if (request.Options is not { Count: > 0 and <= CalculationLimits.MaxOptions })
        {
            v.Add("options", $"Give 1 to {CalculationLimits.MaxOptions} options, including the do-nothing baseline.");
            return;
        }
        for (var i = 0; i < request.Options.Count; i++)
        {
            var o = request.Options[i];
            if (o is null)
            {
                v.Add($"options[{i}]", "An option cannot be null.");
                continue;
            }
            v.Name(o.Name, $"options[{i}].name");
            if (o.OptimismBias is < 0 or > 2)
                v.Add($"options[{i}].optimismBias", "Optimism bias must be 0 to 2 (0% to 200%).");
            v.Flows(o.Costs, $"options[{i}].costs");
            v.Flows(o.Benefits, $"options[{i}].benefits");
        }
        v.UniqueNames(request.Options.Select(o => o?.Name), "options");
        if (
            !string.IsNullOrWhiteSpace(request.Baseline)
            && !request.Options.Any(o => string.Equals(o?.Name, request.Baseline, StringComparison.OrdinalIgnoreCase))
        )
            v.Add("baseline", "The baseline must be one of the options: the do-nothing option is always appraised.");
    }

    private static AppraisalOption ToDomain(AppraisalOptionDto o) =>
        new(
            o.Name,
            o.OptimismBias,
            o.Costs.Select(f => new CashFlow(f.Year, f.Amount)).ToList(),
            o.Benefits.Select(f => new CashFlow(f.Year, f.Amount)).ToList()
        );
}
