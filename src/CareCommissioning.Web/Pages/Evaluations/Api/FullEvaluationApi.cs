using CareCommissioning.Web.Pages.Evaluations.Full;
using CareCommissioning.Web.Pages.Strategies;

namespace CareCommissioning.Web.Pages.Evaluations.Api;

/// <summary>
/// The full evaluation over JSON, under /api/v1/evaluations/{id}: status, plan, wider aims, impacts, recommendations,
/// actions and completion, through the same domain methods and commands as the pages (<see
/// cref="FullEvaluationCommands"/>, <see cref="FollowUpCommands"/>). Reading needs <see
/// cref="Policies.EvaluationsRead"/> and a visible evaluation, changing needs its keepers; another organisation's
/// evaluation is "not found"; a change needs the version read (409 with the current one); a refusal saves nothing.
/// </summary>
public static class FullEvaluationApi
{
    private const string Evaluation = "Evaluation";

    public static void MapFullEvaluationApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/evaluations/{id:guid}").WithTags("Evaluations");
        Write(g.MapPut("/status", PutStatus), "PutEvaluationStatus", "Agree the evaluation's status (EV-P11).");
        Write(g.MapPut("/plan", PutPlan), "PutEvaluationPlan", "Set the full evaluation's plan (EV-P12).");
        Write(g.MapPut("/wider-aims", PutWiderAims), "PutEvaluationWiderAims", "Analyse the wider aims (EV-P13).");
        Read(g.MapGet("/impacts", ListImpacts), "ListEvaluationImpacts", "The impacts, paged (EV-P15).");
        Write(g.MapPost("/impacts", AddImpact), "AddEvaluationImpact", "Record an impact with its evidence.");
        Write(g.MapPut("/impacts/{impactId:guid}", ChangeImpact), "ChangeEvaluationImpact", "Change an impact.");
        Read(g.MapGet("/impacts/matrix", Matrix), "EvaluationImpactMatrix", "The impact matrix and balance.");
        Read(g.MapGet("/recommendations", ListRecommendations), "ListStrategyRecommendations", "Recommendations.");
        Write(g.MapPost("/recommendations", AddRecommendation), "AddStrategyRecommendation", "Add one (EV-P17).");
        Write(
            g.MapPut("/recommendations/{recommendationId:guid}", ChangeRecommendation),
            "ChangeStrategyRecommendation",
            "Change a recommendation not yet decided."
        );
        Write(
            g.MapPost("/recommendations/{recommendationId:guid}/decision", Decide),
            "DecideStrategyRecommendation",
            "Record whether a recommendation was agreed."
        );
        Write(
            g.MapPost("/recommendations/{recommendationId:guid}/follow-up", FollowUp),
            "StartRecommendationFollowUp",
            "Start a new appraisal or a change from an agreed recommendation (EV-P17, P20)."
        );
        Read(g.MapGet("/actions", ListActions), "ListEvaluationActions", "The action plan, paged (EV-P19).");
        Write(g.MapPost("/actions", AddAction), "AddEvaluationAction", "Plan an action with its risks.");
        Write(g.MapPut("/actions/{actionId:guid}", ChangeAction), "ChangeEvaluationAction", "Change an action.");
        Write(g.MapPost("/complete", Complete), "CompleteEvaluation", "Complete it; schedules the next (EV-P21).");
    }

    private static void Read(RouteHandlerBuilder b, string name, string summary) =>
        b.RequireAuthorization(Policies.EvaluationsRead).WithName(name).WithSummary(summary);

    private static void Write(RouteHandlerBuilder b, string name, string summary) =>
        b.RequireAuthorization(Policies.EvaluationsWrite).WithName(name).WithSummary(summary);

    private static Task<StrategyEvaluation?> Keep(AppDbContext db, CurrentUser user, Guid id, bool track = true) =>
        EvaluationAccess.FindToChangeAsync(db, user, id, track);

    private static Task<IResult> SaveEvaluationAsync(
        AppDbContext db,
        CurrentUser user,
        StrategyEvaluation e,
        int? version,
        IReadOnlyList<FieldError> errors,
        DateTimeOffset now
    ) =>
        Respond(
            VersionedUpdate.SaveAsync(
                db,
                e,
                Evaluation,
                version,
                null,
                errors,
                () => e.UpdatedAt = now,
                () => Keep(db, user, e.Id, false),
                () => Task.FromResult(e)
            )
        );

    private static async Task<IResult> Respond<T>(Task<T> result)
        where T : IResult => await result;

    internal static async Task<IResult> PutStatus(
        Guid id,
        EvaluationStatusRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        var status = new EvaluationStatusAgreement
        {
            Standing = request.Standing ?? 0,
            Sponsor = request.Sponsor?.Trim() ?? "",
            AgreedBy = request.AgreedBy?.Trim() ?? "",
            AgreedOn = request.AgreedOn ?? default,
            Notes = ImpactAnswers.Clean(request.Notes),
        };
        var errors = e.AgreeStatus(status, UkCalendar.Today(clock));
        return await SaveEvaluationAsync(db, user, e, request.Version, errors, clock.GetUtcNow());
    }

    internal static async Task<IResult> PutPlan(
        Guid id,
        EvaluationPlanRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        var errors = e.SetPlan(request.ToPlan());
        return await SaveEvaluationAsync(db, user, e, request.Version, errors, clock.GetUtcNow());
    }

    internal static async Task<IResult> PutWiderAims(
        Guid id,
        WiderAimsRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        var asked = (request.Aims ?? []).Where(a => a.StrategyId is not null).Select(a => a.StrategyId!.Value).ToList();
        var library = await StrategyAccess.Visible(db, user).Where(s => asked.Contains(s.Id)).ToListAsync();
        var errors = new FieldErrors();
        errors.When(
            library.Count != asked.Distinct().Count(),
            nameof(StrategyEvaluation.WiderAims),
            "Choose only strategies of the library you can see"
        );
        var aims = (request.Aims ?? [])
            .Select(a => new WiderAimAnalysis
            {
                Aim = library.FirstOrDefault(s => s.Id == a.StrategyId)?.Title ?? a.Aim?.Trim() ?? "",
                AimStrategyId = library.FirstOrDefault(s => s.Id == a.StrategyId)?.Id,
                Effect = a.Effect ?? 0,
                Analysis = a.Analysis?.Trim() ?? "",
            })
            .ToList();
        if (errors.Count == 0)
            errors.AddRange(e.SetWiderAims(aims));
        return await SaveEvaluationAsync(db, user, e, request.Version, errors, clock.GetUtcNow());
    }

    internal static async Task<IResult> ListImpacts(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        int? page,
        int? pageSize
    )
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is null)
            return ApiErrors.NotFound(Evaluation);
        var result = await Paged<EvaluationImpact>.ReadAsync(
            db.EvaluationImpacts.AsNoTracking().Where(i => i.EvaluationId == id).OrderBy(i => i.Title),
            page,
            pageSize
        );
        return TypedResults.Ok(PageResponse.From(result));
    }

    internal static async Task<IResult> Matrix(Guid id, AppDbContext db, CurrentUser user)
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is null)
            return ApiErrors.NotFound(Evaluation);
        var impacts = await db.EvaluationImpacts.AsNoTracking().Where(i => i.EvaluationId == id).ToListAsync();
        var (shortTerm, longTerm) = ImpactMatrix.Balance(impacts);
        return TypedResults.Ok(
            new ImpactMatrixResponse(
                ImpactMatrix
                    .Of(impacts)
                    .Select(c => new MatrixCell(
                        c.Direction,
                        c.Term,
                        c.Impacts.Select(i => new MatrixImpact(
                                i.Id,
                                i.Title,
                                i.Importance,
                                i.Certainty,
                                ImpactMatrix.Weight(i)
                            ))
                            .ToList()
                    ))
                    .ToList(),
                shortTerm,
                longTerm
            )
        );
    }

    internal static async Task<IResult> AddImpact(
        Guid id,
        ImpactRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id, false) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        var impact = request.ToAnswers().ToImpact(Guid.NewGuid(), e.OrganisationId, e.Id);
        var errors = await FullEvaluationCommands.CheckImpactAsync(db, e, impact);
        impact.CreatedAt = impact.UpdatedAt = clock.GetUtcNow();
        return await ApiCreate.AddAsync(
            db,
            impact,
            errors.ToList(),
            i => $"/api/v1/evaluations/{id}/impacts/{i.Id}",
            Task.FromResult
        );
    }

    internal static async Task<IResult> ChangeImpact(
        Guid id,
        Guid impactId,
        ImpactRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id, false) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        var impact = await db.EvaluationImpacts.FirstOrDefaultAsync(i => i.Id == impactId && i.EvaluationId == id);
        if (impact is null)
            return ApiErrors.NotFound("Impact");
        var yours = request.ToAnswers().ToImpact(impact.Id, impact.OrganisationId, id);
        var errors = await FullEvaluationCommands.CheckImpactAsync(db, e, yours);
        var now = clock.GetUtcNow();
        return await VersionedUpdate.SaveAsync(
            db,
            impact,
            "Impact",
            request.Version,
            null,
            errors,
            () => ImpactAnswers.Copy(yours, impact, now),
            () => db.EvaluationImpacts.AsNoTracking().FirstOrDefaultAsync(i => i.Id == impactId),
            () => Task.FromResult(impact)
        );
    }

    internal static async Task<IResult> ListRecommendations(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        int? page,
        int? pageSize
    )
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is null)
            return ApiErrors.NotFound(Evaluation);
        var result = await Paged<StrategyRecommendation>.ReadAsync(
            db.StrategyRecommendations.AsNoTracking().Where(r => r.EvaluationId == id).OrderBy(r => r.CreatedAt),
            page,
            pageSize
        );
        return TypedResults.Ok(PageResponse.From(result));
    }

    internal static async Task<IResult> AddRecommendation(
        Guid id,
        RecommendationRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id, false) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        var r = request.ToAnswers().ToRecommendation(e.OrganisationId, e.Id);
        var errors = await FullEvaluationCommands.CheckRecommendationAsync(db, e, r, null);
        r.CreatedAt = r.UpdatedAt = clock.GetUtcNow();
        return await ApiCreate.AddAsync(
            db,
            r,
            errors.ToList(),
            x => $"/api/v1/evaluations/{id}/recommendations/{x.Id}",
            Task.FromResult
        );
    }

    private static Task<StrategyRecommendation?> RecommendationAsync(AppDbContext db, Guid id, Guid rid, bool track) =>
        (track ? db.StrategyRecommendations : db.StrategyRecommendations.AsNoTracking()).FirstOrDefaultAsync(r =>
            r.Id == rid && r.EvaluationId == id
        );

    internal static async Task<IResult> ChangeRecommendation(
        Guid id,
        Guid recommendationId,
        RecommendationRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id, false) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        if (await RecommendationAsync(db, id, recommendationId, true) is not { } r)
            return ApiErrors.NotFound("Recommendation");
        var yours = request.ToAnswers().ToRecommendation(r.OrganisationId, id);
        var errors = await FullEvaluationCommands.CheckRecommendationAsync(db, e, yours, r);
        var now = clock.GetUtcNow();
        return await VersionedUpdate.SaveAsync(
            db,
            r,
            "Recommendation",
            request.Version,
            null,
            errors,
            () => RecommendationAnswers.Copy(yours, r, now),
            () => RecommendationAsync(db, id, recommendationId, false),
            () => Task.FromResult(r)
        );
    }

    internal static async Task<IResult> Decide(
        Guid id,
        Guid recommendationId,
        RecommendationDecisionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id, false) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        if (await RecommendationAsync(db, id, recommendationId, true) is not { } r)
            return ApiErrors.NotFound("Recommendation");
        var now = clock.GetUtcNow();
        if (request.Version is { } v && v != r.Version)
            return ApiErrors.Conflict("Recommendation", r.Version);
        var errors = FullEvaluationCommands.Decide(
            e,
            r,
            request.Agreed,
            request.DecidedBy,
            request.DecidedOn,
            UkCalendar.DateOf(now),
            now
        );
        return await VersionedUpdate.SaveAsync(
            db,
            r,
            "Recommendation",
            request.Version,
            null,
            errors.Select(x => x.Field == nameof(StrategyRecommendation.Status) ? x with { Field = "Agreed" } : x),
            () => { },
            () => RecommendationAsync(db, id, recommendationId, false),
            () => Task.FromResult(r)
        );
    }

    internal static async Task<IResult> FollowUp(
        Guid id,
        Guid recommendationId,
        FollowUpRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id, false) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        if (await RecommendationAsync(db, id, recommendationId, true) is not { } r)
            return ApiErrors.NotFound("Recommendation");
        if (request.Version is null)
            return ApiErrors.Validation([new FieldError("Version", "Give the version of the recommendation you read")]);
        if (request.Version != r.Version)
            return ApiErrors.Conflict("Recommendation", r.Version);
        var (errors, started) = await FollowUpCommands.StartAsync(
            db,
            user,
            e,
            r,
            request.Kind,
            request.RecordId,
            clock
        );
        if (errors.Count > 0 || started is null)
            return ApiErrors.Validation(
                errors.Select(x =>
                    x.Field is "ContractId" or "PartnershipId" ? x with { Field = "RecordId" }
                    : x.Field == "FollowUp" ? x with { Field = "Kind" }
                    : x
                )
            );
        var saved = await VersionedSave.SaveAsync(db, r, request.Version.Value, () =>
            RecommendationAsync(db, id, recommendationId, false)
        );
        if (!saved.Saved)
            return saved.Current is { } current
                ? ApiErrors.Conflict("Recommendation", current.Version)
                : ApiErrors.NotFound("Recommendation");
        return TypedResults.Ok(new FollowUpResponse(started.Kind, started.RecordId, r));
    }

    internal static async Task<IResult> ListActions(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        int? page,
        int? pageSize
    )
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id) is null)
            return ApiErrors.NotFound(Evaluation);
        var result = await Paged<EvaluationAction>.ReadAsync(
            db.EvaluationActions.AsNoTracking().Where(a => a.EvaluationId == id).OrderBy(a => a.DueOn),
            page,
            pageSize
        );
        var risks = await FullEvaluationCommands.RisksAsync(db, result.Items);
        return TypedResults.Ok(
            PageResponse.From(result, a => new ActionResponse(a, risks[a.Id].OfAction, risks[a.Id].OfInaction))
        );
    }

    internal static async Task<IResult> AddAction(
        Guid id,
        ActionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id, false) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        var r = request.RecommendationId is { } rid ? await RecommendationAsync(db, id, rid, false) : null;
        var answers = request.ToAnswers();
        var errors = FullEvaluationCommands.CheckAction(e, r, answers, null, UkCalendar.Today(clock));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var now = clock.GetUtcNow();
        var action = new EvaluationAction
        {
            OrganisationId = e.OrganisationId,
            EvaluationId = e.Id,
            RecommendationId = r!.Id,
            Text = "",
            Owner = "",
            CreatedAt = now,
        };
        FullEvaluationCommands.ApplyAction(db, action, answers, (null, null), now);
        db.EvaluationActions.Add(action);
        await db.SaveChangesAsync();
        var risks = (await FullEvaluationCommands.RisksAsync(db, [action]))[action.Id];
        return TypedResults.Created(
            $"/api/v1/evaluations/{id}/actions/{action.Id}",
            new ActionResponse(action, risks.OfAction, risks.OfInaction)
        );
    }

    internal static async Task<IResult> ChangeAction(
        Guid id,
        Guid actionId,
        ActionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id, false) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        var action = await db.EvaluationActions.FirstOrDefaultAsync(a => a.Id == actionId && a.EvaluationId == id);
        if (action is null)
            return ApiErrors.NotFound("Action");
        var r = await RecommendationAsync(db, id, action.RecommendationId, false);
        var answers = request.ToAnswers();
        var now = clock.GetUtcNow();
        var errors = FullEvaluationCommands.CheckAction(e, r, answers, action.DueOn, UkCalendar.DateOf(now));
        var held = await FullEvaluationCommands.TrackedRisksAsync(db, action);
        return await VersionedUpdate.SaveAsync(
            db,
            action,
            "Action",
            request.Version,
            null,
            errors,
            () => FullEvaluationCommands.ApplyAction(db, action, answers, held, now),
            () => db.EvaluationActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId),
            async () =>
            {
                var risks = (await FullEvaluationCommands.RisksAsync(db, [action]))[action.Id];
                return new ActionResponse(action, risks.OfAction, risks.OfInaction);
            }
        );
    }

    internal static async Task<IResult> Complete(
        Guid id,
        CompleteRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await Keep(db, user, id) is not { } e)
            return ApiErrors.NotFound(Evaluation);
        var strategy = await db.Strategies.FirstOrDefaultAsync(s => s.Id == e.StrategyId);
        var counts = await FullEvaluationCommands.RecommendationCountsAsync(db, id);
        var now = clock.GetUtcNow();
        if (request.Version is { } v && v != e.Version)
            return ApiErrors.Conflict(Evaluation, e.Version);
        IReadOnlyList<FieldError> errors = request.Version is null
            ? []
            : FullEvaluationCommands.Complete(e, strategy, request.Conclusion, counts, UkCalendar.DateOf(now), now);
        return await VersionedUpdate.SaveAsync(
            db,
            e,
            Evaluation,
            request.Version,
            null,
            errors,
            () => { },
            () => Keep(db, user, id, false),
            () => Task.FromResult(new CompletedResponse(e, strategy?.NextEvaluationDue))
        );
    }
}
