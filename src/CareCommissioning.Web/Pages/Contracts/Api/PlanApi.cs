using CareCommissioning.Web.Pages.Contracts.Plan;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Contracts.Api;

/// <summary>A contract's implementation plan over JSON (CD-P14…P20), through the same commands and checks as its
/// pages: anyone who sees the contract reads it; its keepers change it.</summary>
public static class PlanApi
{
    public static RouteGroupBuilder MapPlanApi(this RouteGroupBuilder contracts)
    {
        contracts
            .MapGet("/{id:guid}/plan", Get)
            .RequireAuthorization(Policies.ContractsRead)
            .WithName("GetImplementationPlan")
            .WithSummary(
                "A contract's implementation plan: activities, how it stands, its versions, sharing and reflections."
            );
        contracts
            .MapPut("/{id:guid}/plan", Put)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("SetImplementationPlan")
            .WithSummary(
                "Set out the plan, or change it with the version read; once shared, a change needs a reason and makes a new version."
            );
        contracts
            .MapPost("/{id:guid}/plan/activities", AddActivity)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("AddPlanActivity")
            .WithSummary("Add an activity to the plan.");
        contracts
            .MapPut("/{id:guid}/plan/activities/{activityId:guid}", ChangeActivity)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("ChangePlanActivity")
            .WithSummary("Change an activity, with the version read (409 if someone changed the plan since).");
        contracts
            .MapPost("/{id:guid}/plan/shares", Share)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("RecordPlanShared")
            .WithSummary("Record who the plan version read was given to, and in which formats.");
        contracts
            .MapPost("/{id:guid}/plan/reflections", Reflect)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("RecordPlanReflection")
            .WithSummary("Record a reflection on planning the implementation and the areas for development.");
        return contracts;
    }

    internal static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var view = await PlanView.LoadAsync(db, user, id, UkCalendar.Today(clock));
        return view?.Plan is null
            ? ApiErrors.NotFound(view is null ? "Contract" : "Implementation plan")
            : TypedResults.Ok(PlanResponse.From(view));
    }

    internal static async Task<Results<Ok<PlanResponse>, ValidationProblem, ProblemHttpResult>> Put(
        Guid id,
        PlanRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return ApiErrors.NotFound("Contract");
        var result = await PlanCommands.SetAsync(
            db,
            user,
            contract,
            request.ToDetails(),
            request.Reason,
            request.Version,
            clock.GetUtcNow()
        );
        if (result.Conflict)
            return ApiErrors.Conflict("Implementation plan", result.Saved?.Version ?? 0);
        if (result.Saved is null)
            return ApiErrors.Validation(result.Errors);
        return TypedResults.Ok(PlanResponse.From((await PlanView.LoadAsync(db, user, id, UkCalendar.Today(clock)))!));
    }

    internal static Task<
        Results<Created<PlanActivityResponse>, Ok<PlanActivityResponse>, ValidationProblem, ProblemHttpResult>
    > AddActivity(Guid id, ActivityRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
        SaveActivityAsync(id, null, request, db, user, clock);

    internal static Task<
        Results<Created<PlanActivityResponse>, Ok<PlanActivityResponse>, ValidationProblem, ProblemHttpResult>
    > ChangeActivity(
        Guid id,
        Guid activityId,
        ActivityRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    ) => SaveActivityAsync(id, activityId, request, db, user, clock);

    private static async Task<
        Results<Created<PlanActivityResponse>, Ok<PlanActivityResponse>, ValidationProblem, ProblemHttpResult>
    > SaveActivityAsync(
        Guid id,
        Guid? activityId,
        ActivityRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return ApiErrors.NotFound("Contract");
        var now = clock.GetUtcNow();
        var result = await PlanCommands.SaveActivityAsync(
            db,
            user,
            contract,
            activityId,
            request.ToDetails(),
            request.Reason,
            request.Version,
            now
        );
        if (result.NotFound)
            return ApiErrors.NotFound("Activity");
        if (result.Conflict)
        {
            var current = activityId is { } a
                ? await db
                    .PlanActivities.AsNoTracking()
                    .Where(x => x.Id == a)
                    .Select(x => x.Version)
                    .FirstOrDefaultAsync()
                : 0;
            return ApiErrors.Conflict("Activity", current);
        }
        if (result.Saved is not { } saved)
            return ApiErrors.Validation(result.Errors);
        var body = PlanResponse.Activity(saved, MilestoneSlippage.Of(saved.ToMilestone(), UkCalendar.DateOf(now)));
        return activityId is null
            ? TypedResults.Created($"/api/v1/contracts/{id}/plan/activities/{saved.Id}", body)
            : TypedResults.Ok(body);
    }

    internal static async Task<Results<Created<PlanShareResponse>, ValidationProblem, ProblemHttpResult>> Share(
        Guid id,
        PlanShareRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return ApiErrors.NotFound("Contract");
        var formats = (request.Formats ?? []).Aggregate(PlanFormats.None, (all, f) => all | f);
        if ((request.Formats ?? []).Any(f => !PlanFormatsNames.Each.Contains(f)))
            return ApiErrors.Validation([new("Formats", "Formats must be WebPage, WordDocument or EasyRead")]);
        var result = await PlanCommands.ShareAsync(
            db,
            user,
            contract,
            request.Recipients,
            formats,
            request.Note,
            request.PlanVersion,
            clock.GetUtcNow()
        );
        if (result.NotFound)
            return ApiErrors.NotFound("Implementation plan");
        if (result.Conflict)
        {
            var current = await db
                .ImplementationPlans.AsNoTracking()
                .Where(p => p.ContractId == id)
                .Select(p => p.PlanVersion)
                .FirstAsync();
            return ApiErrors.Conflict("Implementation plan version", current);
        }
        if (result.Saved is not { } s)
            return ApiErrors.Validation(result.Errors);
        return TypedResults.Created(
            $"/api/v1/contracts/{id}/plan",
            new PlanShareResponse(
                s.PlanVersion,
                s.Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                PlanFormatsNames.Each.Where(f => s.Formats.HasFlag(f)).ToList(),
                s.Note,
                s.ByName,
                s.At
            )
        );
    }

    internal static async Task<Results<Created<PlanReflectionResponse>, ValidationProblem, ProblemHttpResult>> Reflect(
        Guid id,
        PlanReflectionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var contract = await ContractAccess.FindWritableAsync(db, user, id);
        if (contract is null)
            return ApiErrors.NotFound("Contract");
        var result = await PlanCommands.ReflectAsync(
            db,
            user,
            contract,
            request.WhatWentWell,
            request.AreasForDevelopment,
            request.Actions,
            clock.GetUtcNow()
        );
        if (result.NotFound)
            return ApiErrors.NotFound("Implementation plan");
        if (result.Saved is not { } r)
            return ApiErrors.Validation(result.Errors);
        return TypedResults.Created(
            $"/api/v1/contracts/{id}/plan",
            new PlanReflectionResponse(r.WhatWentWell, r.AreasForDevelopment, r.Actions, r.ByName, r.At)
        );
    }
}
