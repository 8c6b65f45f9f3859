using CareCommissioning.Domain.Partnerships.RiskShare;
using CareCommissioning.Web.Api.Calculations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>
/// The stateless risk-share calculation of issue 13 (PB-P2, PB-P6; METHODS §6.2): how a pooled budget's overspend or
/// underspend falls to its partners under the agreed rule. It reads and writes no data, so like the other calculations
/// it is open without sign-in, rate limited, and bounded per request (partners and schemes are capped).
/// </summary>
public static class RiskShareCalculationApi
{
    public static RouteGroupBuilder MapRiskShareCalculationApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/calculations")
            .WithTags("Calculations")
            .AllowAnonymous()
            .RequireRateLimiting(CalculationLimits.RateLimitPolicy)
            .MapPost("/risk-share", RiskShare)
            .WithName("CalculateRiskShare")
            .WithSummary(
                "A pooled budget's overspend or underspend shared among its partners: proportional to contributions, each partner's own schemes, or pro rata up to a cap with the rest to a named partner; an underspend returned or carried forward."
            )
            .WithDescription(Description);
        return api;
    }

    public const string Description =
        "The variance is outturn − pool, the pool being the sum of the contributions; positive is an overspend. "
        + "proportional: share = variance × contribution ÷ pool. own-schemes: each partner bears spend − budget of the "
        + "schemes it leads (the schemes' budgets add up to the pool, and their spend is the outturn). capped: at most "
        + "capPercent % of the pool is shared pro rata and capExcessTo takes the overspend above it. An underspend is "
        + "returned by the same rule (pro rata, without a cap, under proportional and capped) or, with "
        + "\"underspend\": \"carry-forward\", given to no partner and reported as carriedForward. A partner that "
        + "contributes nothing never pays under proportional or capped. Rounding: "
        + PennyRounding.Rule;

    internal static Results<Ok<RiskShareCalculationResponse>, ValidationProblem> RiskShare(
        RiskShareCalculationRequest request
    )
    {
        var v = new CalculationValidator();
        var method = request.Rule?.Trim().ToLowerInvariant() switch
        {
            "proportional" => RiskShareMethod.Proportional,
            "own-schemes" => RiskShareMethod.OwnSchemes,
            "capped" => RiskShareMethod.Capped,
            _ => (RiskShareMethod?)null,
        };
        if (method is null)
            v.Add("rule", "Rule must be \"proportional\", \"own-schemes\" or \"capped\".");
        var underspend = request.Underspend?.Trim().ToLowerInvariant() switch
        {
            null or "return" => UnderspendTreatment.Return,
            "carry-forward" => UnderspendTreatment.CarryForward,
            _ => (UnderspendTreatment?)null,
        };
        if (underspend is null)
            v.Add("underspend", "Underspend must be \"return\" (the default) or \"carry-forward\".");

        var contributions = new List<RiskShareContribution>();
        if (request.Contributions is null)
            v.Add("contributions", "Give each partner's contribution: a list of { \"partner\", \"amount\" }.");
        else if (request.Contributions.Count > RiskShareCalculator.MaxPartners)
            v.Add("contributions", $"Give {RiskShareCalculator.MaxPartners} partners or fewer.");
        else
            for (var i = 0; i < request.Contributions.Count; i++)
            {
                var c = request.Contributions[i];
                if (c is null)
                    v.Add($"contributions[{i}]", "A contribution cannot be null.");
                else if (c.Amount is null)
                    v.Add($"contributions[{i}].amount", "Enter the amount the partner contributed, in pounds.");
                else
                    contributions.Add(new RiskShareContribution(c.Partner ?? "", c.Amount.Value));
            }

        List<RiskShareScheme>? schemes = null;
        if (request.Schemes is { Count: > RiskShareCalculator.MaxSchemes })
            v.Add("schemes", $"Give {RiskShareCalculator.MaxSchemes} schemes or fewer.");
        else if (request.Schemes is not null)
        {
            schemes = [];
            for (var i = 0; i < request.Schemes.Count; i++)
            {
                var s = request.Schemes[i];
                if (s is null)
                {
                    v.Add($"schemes[{i}]", "A scheme cannot be null.");
                    continue;
                }
                if (s.Budget is null)
                    v.Add($"schemes[{i}].budget", "Enter the scheme's budget, in pounds.");
                if (s.Spend is null)
                    v.Add($"schemes[{i}].spend", "Enter what the scheme spent in the year, in pounds.");
                if (s is { Budget: { } budget, Spend: { } spend })
                    schemes.Add(new RiskShareScheme(s.Name ?? "", s.LeadPartner ?? "", budget, spend));
            }
        }
        if (!v.IsValid)
            return TypedResults.ValidationProblem(v.Errors, title: "Some answers need correcting");

        var domain = new RiskShareRequest(
            new RiskShareRule(method!.Value, underspend!.Value, request.CapPercent, request.CapExcessTo),
            contributions,
            request.Outturn,
            schemes
        );
        var errors = RiskShareCalculator.Validate(domain);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(
                errors
                    .GroupBy(e => JsonPath(e.Field))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "Some answers need correcting"
            );

        var result = RiskShareCalculator.Calculate(domain);
        return TypedResults.Ok(
            new RiskShareCalculationResponse(
                request.Rule!.Trim().ToLowerInvariant(),
                underspend == UnderspendTreatment.CarryForward ? "carry-forward" : "return",
                result.Pool,
                result.Outturn,
                result.Variance,
                PoolVarianceDirectionNames.Display(result.Direction),
                result
                    .Shares.Select(s => new RiskSharePartnerResponse(s.Partner, s.Contribution, s.Share, s.Working))
                    .ToList(),
                result.CarriedForward,
                result.Rounding
            )
        );
    }

    /// <summary>The domain's field, <c>Contributions[1].Amount</c>, as the request's JSON path,
    /// <c>contributions[1].amount</c>.</summary>
    private static string JsonPath(string field) => string.Join('.', field.Split('.').Select(ApiErrors.JsonName));
}
