using CareCommissioning.Web.Pages.Contracts.Monitoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Contracts.Visits;

/// <summary>
/// A contract's KPIs, poor-performance actions, monitoring visits and feedback over JSON (CD-P18), with the same people
/// and rules as their pages: anyone who sees the contract reads them; its keepers (Contracts.Write) add and change
/// KPIs, actions and visits; its keepers and its provider (Contracts.SubmitReturns) record feedback. A contract the
/// caller may not see or change is "not found"; a change sent with a version someone has moved on from is 409.
/// </summary>
public static class MonitoringApi
{
    public static RouteGroupBuilder MapContractMonitoringApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/contracts/{id:guid}").WithTags("Contracts");
        g.MapGet("/kpis", Kpis)
            .RequireAuthorization(Policies.ContractsRead)
            .WithName("ListContractKpis")
            .WithSummary("A contract's KPIs, in the order they were added.");
        g.MapPost("/kpis", AddKpi)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("AddContractKpi")
            .WithSummary("Add a KPI to a contract.");
        g.MapPut("/kpis/{kpiId:guid}", ChangeKpi)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("ChangeContractKpi")
            .WithSummary("Change a KPI, sending the version you read; 409 if someone changed it since.");
        g.MapGet("/actions", Actions)
            .RequireAuthorization(Policies.ContractsRead)
            .WithName("ListContractPerformanceActions")
            .WithSummary("A contract's poor-performance actions, latest first, with their status.");
        g.MapPost("/actions", AddAction)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("AddContractPerformanceAction")
            .WithSummary("Record an action on a KPI whose latest return requires improvement or is inadequate.");
        g.MapPut("/actions/{actionId:guid}", ChangeAction)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("ChangeContractPerformanceAction")
            .WithSummary("Update or close an action, sending the version you read; 409 if someone changed it since.");
        g.MapGet("/visits", Visits)
            .RequireAuthorization(Policies.ContractsRead)
            .WithName("ListContractVisits")
            .WithSummary("A contract's monitoring plan and visits, latest first.");
        g.MapPost("/visits", AddVisit)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("AddContractVisit")
            .WithSummary("Record a planned visit or a reactive review with its trigger.");
        g.MapPut("/visits/{visitId:guid}", ChangeVisit)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("ChangeContractVisit")
            .WithSummary("Update a visit, sending the version you read; 409 if someone changed it since.");
        g.MapGet("/feedback", Feedback)
            .RequireAuthorization(Policies.ContractsRead)
            .WithName("ListContractFeedback")
            .WithSummary("Feedback from people who use the service, newest first.");
        g.MapPost("/feedback", AddFeedback)
            .RequireAuthorization(Policies.ContractsSubmitReturns)
            .WithName("AddContractFeedback")
            .WithSummary("Record feedback about the service: its keepers, or the provider for its own contract.");
        return api;
    }

    internal static async Task<Results<Ok<IReadOnlyList<KpiResponse>>, ProblemHttpResult>> Kpis(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        if (await ContractAccess.FindVisibleAsync(db, user, id) is null)
            return ApiErrors.NotFound("Contract");
        var kpis = await MonitoringAccess.KpisAsync(db, id);
        return TypedResults.Ok<IReadOnlyList<KpiResponse>>([.. kpis.Select(KpiResponse.From)]);
    }

    internal static async Task<Results<Created<KpiResponse>, ValidationProblem, ProblemHttpResult>> AddKpi(
        Guid id,
        KpiRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var c = await ContractAccess.FindWritableAsync(db, user, id);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var details = request.ToDetails();
        var errors = KpiLookups.Validate(details, await KpiLookups.OutcomeItemsAsync(db, c));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var now = clock.GetUtcNow();
        var kpi = new ContractKpi
        {
            Name = "",
            OrganisationId = c.OrganisationId,
            ContractId = c.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(kpi);
        db.ContractKpis.Add(kpi);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/contracts/{id}/kpis/{kpi.Id}", KpiResponse.From(kpi));
    }

    internal static async Task<Results<Ok<KpiResponse>, ValidationProblem, ProblemHttpResult>> ChangeKpi(
        Guid id,
        Guid kpiId,
        KpiRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var c = await ContractAccess.FindWritableAsync(db, user, id);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var kpi = await db.ContractKpis.FirstOrDefaultAsync(k => k.Id == kpiId && k.ContractId == id);
        if (kpi is null)
            return ApiErrors.NotFound("KPI");
        var details = request.ToDetails();
        var errors = KpiLookups.Validate(details, await KpiLookups.OutcomeItemsAsync(db, c));
        var now = clock.GetUtcNow();
        return await VersionedUpdate.SaveAsync(
            db,
            kpi,
            "KPI",
            request.Version,
            null,
            errors,
            () =>
            {
                details.ApplyTo(kpi);
                kpi.UpdatedAt = now;
            },
            () => db.ContractKpis.AsNoTracking().FirstOrDefaultAsync(k => k.Id == kpiId),
            () => Task.FromResult(KpiResponse.From(kpi))
        );
    }

    internal static async Task<Results<Ok<IReadOnlyList<ActionResponse>>, ProblemHttpResult>> Actions(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await ContractAccess.FindVisibleAsync(db, user, id) is null)
            return ApiErrors.NotFound("Contract");
        var today = UkCalendar.Today(clock);
        var actions = await db
            .ContractPerformanceActions.AsNoTracking()
            .Where(a => a.ContractId == id)
            .OrderByDescending(a => a.CreatedAt)
            .ToListAsync();
        return TypedResults.Ok<IReadOnlyList<ActionResponse>>([.. actions.Select(a => ActionResponse.From(a, today))]);
    }

    internal static async Task<Results<Created<ActionResponse>, ValidationProblem, ProblemHttpResult>> AddAction(
        Guid id,
        ActionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var c = await ContractAccess.FindWritableAsync(db, user, id);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var details = request.ToDetails();
        var now = clock.GetUtcNow();
        var rating = await ActionLookups.LatestRatingAsync(db, id, details.KpiId);
        var errors = PerformanceActionRules.Validate(details, UkCalendar.DateOf(now), isNew: true, rating);
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var action = new ContractPerformanceAction
        {
            OrganisationId = c.OrganisationId,
            ContractId = id,
            Agreed = "",
            Owner = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(action);
        db.ContractPerformanceActions.Add(action);
        await db.SaveChangesAsync();
        return TypedResults.Created(
            $"/api/v1/contracts/{id}/actions/{action.Id}",
            ActionResponse.From(action, UkCalendar.DateOf(now))
        );
    }

    internal static async Task<Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult>> ChangeAction(
        Guid id,
        Guid actionId,
        ActionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await ContractAccess.FindWritableAsync(db, user, id) is null)
            return ApiErrors.NotFound("Contract");
        var action = await db.ContractPerformanceActions.FirstOrDefaultAsync(a =>
            a.Id == actionId && a.ContractId == id
        );
        if (action is null)
            return ApiErrors.NotFound("Action");
        var details = request.ToDetails();
        var now = clock.GetUtcNow();
        var today = UkCalendar.DateOf(now);
        var errors = new List<FieldError>(PerformanceActionRules.Validate(details, today, isNew: false, null));
        if (!await db.ContractKpis.AnyAsync(k => k.Id == request.KpiId && k.ContractId == id))
            errors.Add(new("KpiId", "Select one of the contract's KPIs"));
        return await VersionedUpdate.SaveAsync(
            db,
            action,
            "Action",
            request.Version,
            null,
            errors,
            () =>
            {
                details.ApplyTo(action);
                action.UpdatedAt = now;
            },
            () => db.ContractPerformanceActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId),
            () => Task.FromResult(ActionResponse.From(action, today))
        );
    }

    internal static async Task<Results<Ok<VisitsResponse>, ProblemHttpResult>> Visits(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var c = await ContractAccess.FindVisibleAsync(db, user, id);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var read = await ContractVisits.ReadAsync(db, user, c, UkCalendar.Today(clock));
        return TypedResults.Ok(
            new VisitsResponse(
                read.Plan.Frequency,
                read.Plan.VisitsPerYear,
                // The reasons draw on the council's risk register, which the provider does not see.
                read.IsProvider
                    ? []
                    : read.Plan.Reasons,
                read.NextDue,
                read.Overdue,
                [.. read.Visits.Select(v => VisitResponse.From(v, read.Today))]
            )
        );
    }

    internal static async Task<Results<Created<VisitResponse>, ValidationProblem, ProblemHttpResult>> AddVisit(
        Guid id,
        VisitRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var c = await ContractAccess.FindWritableAsync(db, user, id);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var details = request.ToDetails();
        var now = clock.GetUtcNow();
        var errors = VisitRules.Validate(details, UkCalendar.DateOf(now));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var visit = new ContractVisit
        {
            OrganisationId = c.OrganisationId,
            ContractId = id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(visit);
        db.ContractVisits.Add(visit);
        await db.SaveChangesAsync();
        return TypedResults.Created(
            $"/api/v1/contracts/{id}/visits/{visit.Id}",
            VisitResponse.From(visit, UkCalendar.DateOf(now))
        );
    }

    internal static async Task<Results<Ok<VisitResponse>, ValidationProblem, ProblemHttpResult>> ChangeVisit(
        Guid id,
        Guid visitId,
        VisitRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await ContractAccess.FindWritableAsync(db, user, id) is null)
            return ApiErrors.NotFound("Contract");
        var visit = await db.ContractVisits.FirstOrDefaultAsync(v => v.Id == visitId && v.ContractId == id);
        if (visit is null)
            return ApiErrors.NotFound("Visit");
        var details = request.ToDetails();
        var now = clock.GetUtcNow();
        var today = UkCalendar.DateOf(now);
        return await VersionedUpdate.SaveAsync(
            db,
            visit,
            "Visit",
            request.Version,
            null,
            VisitRules.Validate(details, today),
            () =>
            {
                details.ApplyTo(visit);
                visit.UpdatedAt = now;
            },
            () => db.ContractVisits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == visitId),
            () => Task.FromResult(VisitResponse.From(visit, today))
        );
    }

    internal static async Task<Results<Ok<IReadOnlyList<FeedbackResponse>>, ProblemHttpResult>> Feedback(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        if (await ContractAccess.FindVisibleAsync(db, user, id) is null)
            return ApiErrors.NotFound("Contract");
        var feedback = await ContractVisits.FeedbackAsync(db, id);
        return TypedResults.Ok<IReadOnlyList<FeedbackResponse>>([.. feedback.Select(FeedbackResponse.From)]);
    }

    internal static async Task<Results<Created<FeedbackResponse>, ValidationProblem, ProblemHttpResult>> AddFeedback(
        Guid id,
        FeedbackRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var c = await MonitoringAccess.FindForReturnsAsync(db, user, id);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var details = request.ToDetails();
        var now = clock.GetUtcNow();
        var errors = FeedbackRules.Validate(details, UkCalendar.DateOf(now));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var feedback = FeedbackCommands.New(c, details, user, now);
        db.ContractFeedback.Add(feedback);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/contracts/{id}/feedback/{feedback.Id}", FeedbackResponse.From(feedback));
    }
}
