using CareCommissioning.Web.Api.Calculations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Purchasing.Api;

/// <summary>
/// The two stateless purchasing calculations of issue 5 (PU-P4, P6, P9): the procurement route for a value and
/// category, and price/quality tender scores. They read and write no data, so like the other calculations they are open
/// without sign-in, rate limited, and bounded per request (bids and criteria are capped). The route checker page calls
/// the same domain code.
/// </summary>
public static class PurchasingCalculationsApi
{
    public static RouteGroupBuilder MapPurchasingCalculationsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/calculations")
            .WithTags("Calculations")
            .AllowAnonymous()
            .RequireRateLimiting(CalculationLimits.RateLimitPolicy);
        g.MapPost("/route", Route)
            .WithName("CalculatePurchaseRoute")
            .WithSummary(
                "The procurement route a purchase needs: the Procurement Act 2023 thresholds (which include VAT; light touch for social care and other services to people), then, below them, the default bands: under £5,000 one quote, from £5,000 three written quotes, from £25,000 a published request for quotation. An organisation's own rules may differ: signed-in staff see theirs at /purchasing/rules."
            );
        g.MapPost("/tender-scores", TenderScores)
            .WithName("CalculateTenderScores")
            .WithSummary(
                $"Price/quality tender scores: price points by the lowest, mean or absolute formula, quality points Σ weight × score ÷ qualityMax, total and rank (METHODS §3.3–3.4). At most {TenderScoring.MaxBids} bids and {TenderScoring.MaxCriteria} criteria."
            );
        return api;
    }

    public const string DefaultRulesNote =
        "Below the statutory threshold this uses the default bands (under £5,000 one quote; from £5,000 three written quotes; from £25,000 a published request for quotation). Your organisation's own rules may differ.";

    internal static Results<Ok<RouteCalculationResponse>, ValidationProblem> Route(
        RouteCalculationRequest request,
        TimeProvider clock
    )
    {
        var errors = new FieldErrors();
        var type = ParseAuthorityType(request.OrganisationType);
        errors.When(
            type is null,
            "organisationType",
            "Organisation type must be \"central\" (central government, including NHS bodies) or \"sub-central\" (for example a council)"
        );
        errors.When(request.Date is { Year: > 2100 }, "date", "Enter a date in or before 2100");
        var route = new RouteRequest(
            type ?? AuthorityType.SubCentral,
            request.Category ?? "",
            request.EstimatedValue,
            request.IncludesVat,
            request.Date ?? UkCalendar.Today(clock)
        );
        if (errors.All(e => e.Field != "date"))
            errors.AddRange(RouteCalculator.Validate(route).Select(e => e with { Field = RouteField(e.Field) }));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);

        var decision = RouteCalculator.Decide(route);
        return TypedResults.Ok(
            ToResponse(decision, ProcurementThresholds.InForceOn(route.On)!.EffectiveFrom, DefaultRulesNote)
        );
    }

    public static RouteCalculationResponse ToResponse(RouteDecision d, DateOnly thresholdsFrom, string rulesApplied) =>
        new(
            d.Route,
            PurchaseRouteNames.Display(d.Route),
            d.QuotesRequired,
            d.LightTouch,
            d.ThresholdName,
            d.ThresholdAmount,
            d.ValueIncludingVat,
            d.StatutoryThreshold,
            d.NotifiableIfAdvertised,
            thresholdsFrom,
            rulesApplied,
            d.Reason
        );

    public static AuthorityType? ParseAuthorityType(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            "central" => AuthorityType.Central,
            "sub-central" or "subcentral" => AuthorityType.SubCentral,
            _ => null,
        };

    private static string RouteField(string field) =>
        field switch
        {
            "AuthorityType" => "organisationType",
            "On" => "date",
            _ => ApiErrors.JsonName(field),
        };

    internal static Results<Ok<TenderScoresResponse>, ValidationProblem> TenderScores(TenderScoresRequest request)
    {
        var v = new CalculationValidator();
        var method = request.PriceMethod?.Trim().ToLowerInvariant() switch
        {
            "lowest" => PriceMethod.Lowest,
            "mean" => PriceMethod.Mean,
            "absolute" => PriceMethod.Absolute,
            _ => (PriceMethod?)null,
        };
        if (method is null)
            v.Add("priceMethod", "Price method must be \"lowest\", \"mean\" or \"absolute\".");
        if (request.Criteria is null)
            v.Add("criteria", "Give the list of quality criteria (it may be empty when price is weighted 100).");
        else if (request.Criteria.Count > TenderScoring.MaxCriteria)
            v.Add("criteria", $"Give {TenderScoring.MaxCriteria} quality criteria or fewer.");
        else if (request.Criteria.Any(c => c is null))
            v.Add("criteria", "A criterion cannot be null.");
        if (request.Bids is null || request.Bids.Count == 0)
            v.Add("bids", "Give at least one bid.");
        else if (request.Bids.Count > TenderScoring.MaxBids)
            v.Add("bids", $"Score {TenderScoring.MaxBids} bids or fewer at once.");
        else
            for (var i = 0; i < request.Bids.Count; i++)
            {
                if (request.Bids[i] is null)
                    v.Add($"bids[{i}]", "A bid cannot be null.");
                else if (request.Bids[i].Scores is null)
                    v.Add($"bids[{i}].scores", "Give the bid's quality scores, one for each criterion.");
            }
        if (method != PriceMethod.Absolute && request.ReferencePrices is not null)
            v.Add(
                "referencePrices",
                "Reference prices are used only by the absolute method: leave them out, or choose \"absolute\"."
            );
        if (!v.IsValid)
            return TypedResults.ValidationProblem(v.Errors, title: "Some answers need correcting");

        var scoring = new TenderScoringRequest(
            request.PriceWeight,
            method!.Value,
            request.QualityMax,
            request.Criteria!.Select(c => new TenderCriterion(c.Name, c.Weight)).ToList(),
            request.Bids!.Select(b => new TenderBid(b.Name, b.Price, b.Scores)).ToList(),
            request.ReferencePrices?.Max,
            request.ReferencePrices?.Optimal
        );
        var errors = TenderScoring.Validate(scoring);
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);

        var results = TenderScoring.Score(scoring);
        return TypedResults.Ok(
            new TenderScoresResponse(
                request.PriceMethod!.Trim().ToLowerInvariant(),
                request.PriceWeight,
                results
                    .Select(r => new TenderBidScoreResponse(
                        r.Name,
                        r.Price,
                        r.PricePoints,
                        r.CriterionPoints,
                        r.QualityPoints,
                        r.Total,
                        r.Rank
                    ))
                    .ToList(),
                results.Where(r => r.Rank == 1).Select(r => r.Name).ToList()
            )
        );
    }
}
