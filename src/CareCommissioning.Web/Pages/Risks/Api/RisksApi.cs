using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Pages.Risks.Api;

/// <summary>The risk register over JSON, with the same rules, filters and visibility as the pages.</summary>
public static class RisksApi
{
    public static RouteGroupBuilder MapRisksApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/risks").WithTags("Risks");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.RisksRead)
            .WithName("ListRisks")
            .WithSummary("Risks you can see, filtered and paged, highest score first.");
        g.MapGet("/heat-map", HeatMap)
            .RequireAuthorization(Policies.RisksRead)
            .WithName("RiskHeatMap")
            .WithSummary(
                "Counts of risks in each of the 25 likelihood × impact cells, before (inherent) or after (residual) mitigation."
            );
        g.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.RisksRead)
            .WithName("GetRisk")
            .WithSummary("One risk.");
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.RisksWrite)
            .WithName("CreateRisk")
            .WithSummary("Add a risk.");
        g.MapPut("/{id:guid}", Update)
            .RequireAuthorization(Policies.RisksWrite)
            .WithName("UpdateRisk")
            .WithSummary("Replace a risk's details; send the version you read (409 if someone changed it since).");
        return api;
    }

    private static IQueryable<Risk> Query(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        string? search,
        RiskCategory? category,
        RiskStatus? status,
        RiskBand? band
    ) =>
        new RiskSearch(search, category, status, band, null, false, RiskAccess.Today(clock)).Apply(
            db.Risks.AsNoTracking(),
            user.OrganisationsFor(Policies.RisksRead)
        );

    internal static async Task<Ok<PageResponse<RiskResponse>>> List(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        string? search,
        RiskCategory? category,
        RiskStatus? status,
        RiskBand? band,
        int? page,
        int? pageSize,
        IOptions<ListCountOptions> counting
    )
    {
        var result = await Paged<Risk>.ReadAsync(
            Query(db, user, clock, search, category, status, band),
            page,
            pageSize,
            counting.Value.CountUpTo
        );
        return TypedResults.Ok(PageResponse.From(result, RiskResponse.From));
    }

    internal static async Task<Results<Ok<HeatMapResponse>, ValidationProblem>> HeatMap(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        string? view,
        string? search,
        RiskCategory? category,
        RiskStatus? status
    )
    {
        view ??= "inherent";
        if (view is not ("inherent" or "residual"))
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["view"] = ["View must be inherent or residual"] }
            );
        var query = Query(db, user, clock, search, category, status, null);
        var ratings =
            view == "residual"
                ? await query.Select(r => new { L = r.ResidualLikelihood, I = r.ResidualImpact }).ToListAsync()
                : await query.Select(r => new { L = (int?)r.Likelihood, I = (int?)r.Impact }).ToListAsync();
        var map = RiskHeatMap.Build(ratings.Select(r => (r.L, r.I)));
        var cells = (
            from l in Enumerable.Range(1, 5)
            from i in Enumerable.Range(1, 5)
            select new HeatMapCell(l, i, l * i, RiskScoring.Band(l * i), map.Count(l, i))
        ).ToList();
        return TypedResults.Ok(new HeatMapResponse(view, map.Total, map.NotRated, map.Summary(), cells));
    }

    internal static async Task<Results<Ok<RiskResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var r = await RiskAccess.FindVisibleAsync(db, user, id, Policies.RisksRead);
        return r is null ? ApiErrors.NotFound("Risk") : TypedResults.Ok(RiskResponse.From(r));
    }

    internal static async Task<Results<Created<RiskResponse>, ValidationProblem>> Create(
        RiskRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var details = request.ToDetails();
        return await ApiCreate.CheckThenAddAsync(
            db,
            user,
            clock,
            new(Policies.RisksWrite, request.OrganisationId, "risks"),
            _ => RiskRules.Validate(details),
            (organisation, now) =>
            {
                var risk = new Risk
                {
                    Title = details.Title!,
                    Owner = details.Owner!,
                    OrganisationId = organisation,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                details.ApplyTo(risk);
                return risk;
            },
            risk => $"/api/v1/risks/{risk.Id}",
            risk => Task.FromResult(RiskResponse.From(risk))
        );
    }

    internal static async Task<Results<Ok<RiskResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        RiskRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var risk = await RiskAccess.FindVisibleAsync(db, user, id, Policies.RisksWrite, track: true);
        if (risk is null)
            return ApiErrors.NotFound("Risk");
        var details = request.ToDetails();
        return await VersionedUpdate.SaveAsync(
            db,
            risk,
            "Risk",
            request.Version,
            request.OrganisationId,
            RiskRules.Validate(details),
            () =>
            {
                details.ApplyTo(risk);
                risk.UpdatedAt = clock.GetUtcNow();
            },
            () => db.Risks.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id),
            () => Task.FromResult(RiskResponse.From(risk))
        );
    }
}
