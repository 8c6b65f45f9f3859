using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Strategies.Api;

/// <summary>The strategy library over JSON, under /api/v1/strategies, with the same authorisation, rules and commands
/// as its pages.</summary>
public static class StrategiesApi
{
    public static void MapStrategiesApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/strategies").WithTags("Strategies");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.EvaluationsRead)
            .WithName("ListStrategies")
            .WithSummary("Your organisation's strategies and those your partners share, filtered and paged, by title.");
        g.MapGet("/due", Due)
            .RequireAuthorization(Policies.EvaluationsRead)
            .WithName("ListStrategiesDue")
            .WithSummary("Strategies whose next evaluation is overdue or due within 90 days, the soonest first.");
        g.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.EvaluationsRead)
            .WithName("GetStrategy")
            .WithSummary("One strategy.");
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .WithName("CreateStrategy")
            .WithSummary("Add a strategy, policy or plan to the library.");
        g.MapPut("/{id:guid}", Update)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .WithName("UpdateStrategy")
            .WithSummary("Replace a strategy's details; send the version you read (409 if someone changed it since).");
        g.MapPost("/{id:guid}/renew", Renew)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .WithName("RenewStrategy")
            .WithSummary(
                "Renew a strategy on an evaluation of it completed since it started or was last renewed; refused otherwise."
            );
    }

    private static async Task<PageResponse<StrategyResponse>> PageOfAsync(
        IQueryable<Strategy> query,
        DateOnly today,
        int? page,
        int? pageSize
    )
    {
        var result = await Paged<Strategy>.ReadAsync(query, page, pageSize);
        return new PageResponse<StrategyResponse>(
            result.Items.Select(s => StrategyResponse.From(s, today)).ToList(),
            result.Page,
            result.PageSize,
            result.Total
        );
    }

    internal static async Task<Ok<PageResponse<StrategyResponse>>> List(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        string? search,
        StrategyKind? kind,
        StrategyStatus? status,
        string? whose,
        int? page,
        int? pageSize
    ) =>
        TypedResults.Ok(
            await PageOfAsync(
                new StrategySearch(search, kind, status, whose).Apply(db, user),
                UkCalendar.Today(clock),
                page,
                pageSize
            )
        );

    internal static async Task<Ok<PageResponse<StrategyResponse>>> Due(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        int? page,
        int? pageSize
    )
    {
        var today = UkCalendar.Today(clock);
        return TypedResults.Ok(await PageOfAsync(StrategyCommands.Due(db, user, today), today, page, pageSize));
    }

    internal static async Task<Results<Ok<StrategyResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    ) =>
        await StrategyAccess.FindVisibleAsync(db, user, id) is { } s
            ? TypedResults.Ok(StrategyResponse.From(s, UkCalendar.Today(clock)))
            : ApiErrors.NotFound("Strategy");

    internal static async Task<Results<Created<StrategyResponse>, ValidationProblem>> Create(
        StrategyRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var id = Guid.NewGuid();
        var details = request.ToDetails();
        var errors = await StrategyCommands.CheckAsync(db, user, id, details);
        return await ApiCreate.CheckThenAddAsync(
            db,
            user,
            clock,
            new(Policies.EvaluationsWrite, request.OrganisationId, "strategies"),
            _ => errors,
            (organisation, now) => StrategyCommands.New(id, organisation, details, now),
            s => $"/api/v1/strategies/{s.Id}",
            s => Task.FromResult(StrategyResponse.From(s, UkCalendar.Today(clock)))
        );
    }

    internal static async Task<Results<Ok<StrategyResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        StrategyRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var strategy = await StrategyAccess.FindToChangeAsync(db, user, id, track: true);
        if (strategy is null)
            return ApiErrors.NotFound("Strategy");
        var details = request.ToDetails();
        var errors = await StrategyCommands.CheckAsync(db, user, id, details);
        return await VersionedUpdate.SaveAsync(
            db,
            strategy,
            "Strategy",
            request.Version,
            request.OrganisationId,
            errors,
            () => StrategyCommands.Apply(strategy, details, clock.GetUtcNow()),
            () => StrategyAccess.FindToChangeAsync(db, user, id),
            () => Task.FromResult(StrategyResponse.From(strategy, UkCalendar.Today(clock)))
        );
    }

    internal static async Task<Results<Ok<StrategyResponse>, ValidationProblem, ProblemHttpResult>> Renew(
        Guid id,
        RenewStrategyRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var strategy = await StrategyAccess.FindToChangeAsync(db, user, id, track: true);
        if (strategy is null)
            return ApiErrors.NotFound("Strategy");
        if (request.Version != strategy.Version)
            return ApiErrors.Conflict("Strategy", strategy.Version);
        var now = clock.GetUtcNow();
        var errors = await StrategyCommands.RenewAsync(db, strategy, request.EvaluationId, request.EndsOn, now);
        if (errors.Count > 0)
            return ApiErrors.Validation(
                errors.Select(e =>
                    e.Field == nameof(Strategy.RenewedOnEvaluationId)
                        ? new FieldError(nameof(RenewStrategyRequest.EvaluationId), e.Message)
                        : e
                )
            );
        var saved = await VersionedSave.SaveAsync(db, strategy, request.Version, () =>
            StrategyAccess.FindToChangeAsync(db, user, id)
        );
        if (!saved.Saved)
            return saved.Current is { } current
                ? ApiErrors.Conflict("Strategy", current.Version)
                : ApiErrors.NotFound("Strategy");
        return TypedResults.Ok(StrategyResponse.From(strategy, UkCalendar.DateOf(now)));
    }
}
