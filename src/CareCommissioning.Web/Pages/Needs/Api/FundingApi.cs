using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Needs.Api;

/// <summary>Funding opportunities with viability and expected value (OA-P5).</summary>
public static class FundingApi
{
    public sealed record FundingRequest(
        string? Name,
        string? Funder,
        decimal? Amount,
        decimal? Likelihood,
        string? Conditions,
        decimal? MatchFunding,
        DateOnly? Deadline,
        FundingRecurrence? Recurrence,
        int? FirstYear,
        int? Years,
        IReadOnlyList<int>? ViabilityScores,
        bool? CountAsPotentialResource,
        int? Version,
        Guid? OrganisationId = null
    );

    public sealed record FundingResponse(
        Guid Id,
        string Name,
        string Funder,
        decimal Amount,
        decimal Likelihood,
        string? Conditions,
        decimal MatchFunding,
        DateOnly? Deadline,
        FundingRecurrence Recurrence,
        int FirstYear,
        int Years,
        IReadOnlyList<int> ViabilityScores,
        decimal? Viability,
        bool Viable,
        decimal ExpectedValue,
        bool CountAsPotentialResource,
        int Version
    )
    {
        public static FundingResponse From(FundingOpportunity f) =>
            new(
                f.Id,
                f.Name,
                f.Funder,
                f.Amount,
                f.Likelihood,
                f.Conditions,
                f.MatchFunding,
                f.Deadline,
                f.Recurrence,
                f.FirstYear,
                f.Years,
                f.ViabilityScores,
                FundingViability.Score(f.ViabilityScores),
                FundingViability.IsViable(f.ViabilityScores),
                f.ExpectedValue,
                f.CountAsPotentialResource,
                f.Version
            );
    }

    public static RouteGroupBuilder MapFundingApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Needs and money");
        g.MapGet("/funding-opportunities", Funding)
            .RequireAuthorization(Policies.NeedsRead)
            .WithName("ListFundingOpportunities")
            .WithSummary("Funding opportunities with their viability (weighted score) and expected value a year.");
        g.MapPost("/funding-opportunities", CreateFunding)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("CreateFundingOpportunity")
            .WithSummary("Add a funding opportunity.");
        g.MapPut("/funding-opportunities/{id:guid}", UpdateFunding)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("UpdateFundingOpportunity")
            .WithSummary("Replace a funding opportunity; send the version you read (409 if someone changed it since).");
        return api;
    }

    internal static async Task<Ok<IReadOnlyList<FundingResponse>>> Funding(AppDbContext db, CurrentUser user)
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        var list = await db
            .FundingOpportunities.AsNoTracking()
            .Where(f => visible.Contains(f.OrganisationId) && !f.Archived)
            .OrderBy(f => f.Name)
            .ToListAsync();
        return TypedResults.Ok<IReadOnlyList<FundingResponse>>(list.Select(FundingResponse.From).ToList());
    }

    internal static async Task<Results<Created<FundingResponse>, ValidationProblem>> CreateFunding(
        FundingRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        return await ApiCreate.BuildThenAddAsync(
            db,
            user,
            clock,
            new(Policies.NeedsWrite, request.OrganisationId, "funding opportunities"),
            (organisation, now) =>
            {
                var f = new FundingOpportunity
                {
                    Name = "",
                    Funder = "",
                    OrganisationId = organisation,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                Apply(request, f);
                return f;
            },
            FundingViability.Validate,
            f => $"/api/v1/funding-opportunities/{f.Id}",
            f => Task.FromResult(FundingResponse.From(f))
        );
    }

    internal static async Task<Results<Ok<FundingResponse>, ValidationProblem, ProblemHttpResult>> UpdateFunding(
        Guid id,
        FundingRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var f = await db.FundingOpportunities.FirstOrDefaultAsync(x => x.Id == id);
        if (f is null || !user.Can(Policies.NeedsWrite, f.OrganisationId))
            return ApiErrors.NotFound("Funding opportunity");
        Apply(request, f);
        // An update ignores the organisation a request names: it is used only when an opportunity is added.
        return await VersionedUpdate.SaveAsync(
            db,
            f,
            "Funding opportunity",
            request.Version,
            null,
            FundingViability.Validate(f),
            () => f.UpdatedAt = clock.GetUtcNow(),
            () => db.FundingOpportunities.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id),
            () => Task.FromResult(FundingResponse.From(f))
        );
    }

    private static void Apply(FundingRequest r, FundingOpportunity f)
    {
        f.Name = r.Name?.Trim() ?? "";
        f.Funder = r.Funder?.Trim() ?? "";
        f.Amount = r.Amount ?? 0m;
        f.Likelihood = r.Likelihood ?? -1m;
        f.Conditions = string.IsNullOrWhiteSpace(r.Conditions) ? null : r.Conditions.Trim();
        f.MatchFunding = r.MatchFunding ?? 0m;
        f.Deadline = r.Deadline;
        f.Recurrence = r.Recurrence ?? 0;
        f.FirstYear = r.FirstYear ?? 0;
        f.Years = f.Recurrence == FundingRecurrence.OneOff ? 1 : r.Years ?? 0;
        f.ViabilityScores = r.ViabilityScores?.ToList() ?? [];
        f.CountAsPotentialResource = r.CountAsPotentialResource ?? false;
    }
}
