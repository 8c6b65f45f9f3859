using CareCommissioning.Web.Infrastructure.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Evaluations.Api;

/// <summary>
/// Evaluations over JSON, under /api/v1/evaluations: the evaluation, its participants, evidence, sharing and the
/// preliminary assessment, through the same commands and with the same authorisation as the pages. Another
/// organisation's evaluation is "not found"; a screening move needs the version read (409 with the current one).
/// </summary>
public static class EvaluationsApi
{
    private const string What = "Evaluation";

    public static void MapEvaluationsApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/evaluations").WithTags("Evaluations");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.EvaluationsRead)
            .WithName("ListEvaluations")
            .WithSummary("Evaluations you run or take part in, paged; search matches the title; filter by stage.");
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .WithName("CreateEvaluation")
            .WithSummary("Start the evaluation of one of your organisation's strategies.");
        g.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.EvaluationsRead)
            .WithName("GetEvaluation")
            .WithSummary("One evaluation, with its screening, report versions and participants.");
        g.MapPut("/{id:guid}/participants", SetParticipants)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .WithName("SetEvaluationParticipants")
            .WithSummary("Set the organisations invited to take part (the whole list).");
        g.MapGet("/{id:guid}/evidence", Evidence)
            .RequireAuthorization(Policies.EvaluationsRead)
            .WithName("ListEvaluationEvidence")
            .WithSummary("The evidence gathered.");
        g.MapPost("/{id:guid}/evidence", AddEvidence)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .WithName("AddEvaluationEvidence")
            .WithSummary("Add a piece of evidence.");
        g.MapPost("/{id:guid}/evidence/survey", ImportSurvey)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .DisableAntiforgery()
            .WithName("ImportEvaluationSurvey")
            .WithSummary(
                "Import a survey's results (multipart: title, file as CSV or XLSX with Question, Answer, Respondents)."
            );
        g.MapGet("/{id:guid}/information-sharing", Exchanges)
            .RequireAuthorization(Policies.EvaluationsRead)
            .WithName("ListEvaluationInformationSharing")
            .WithSummary("Information shared with or received from other agencies.");
        g.MapPost("/{id:guid}/information-sharing", AddExchange)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .WithName("AddEvaluationInformationSharing")
            .WithSummary("Record information shared with another agency and its legal basis.");
        g.MapGet("/{id:guid}/sharing", Sharings)
            .RequireAuthorization(Policies.EvaluationsRead)
            .WithName("ListEvaluationSharing")
            .WithSummary("The records of sharing parts of the evaluation.");
        g.MapPost("/{id:guid}/sharing", AddSharing)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .WithName("AddEvaluationSharing")
            .WithSummary("Record sharing part of the evaluation.");
        Screening(
            g.MapPut(
                "/{id:guid}/screening/process",
                (Guid id, ProcessRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                    ScreeningAsync(id, request, db, user, clock, Process)
            ),
            "AgreeEvaluationProcess",
            "Agree the process and criteria."
        );
        Screening(
            g.MapPut(
                "/{id:guid}/screening/findings",
                (Guid id, FindingsRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                    ScreeningAsync(id, request, db, user, clock, Findings)
            ),
            "RecordEvaluationFindings",
            "Record the findings by criterion id."
        );
        Screening(
            g.MapPut(
                "/{id:guid}/screening/equality",
                (Guid id, EqualityRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                    ScreeningAsync(id, request, db, user, clock, Equality)
            ),
            "ScreenEvaluationEquality",
            "Record the equality screening."
        );
        Screening(
            g.MapPost(
                "/{id:guid}/screening/agree",
                (Guid id, AgreeRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                    ScreeningAsync(id, request, db, user, clock, Agree)
            ),
            "AgreeEvaluationFinalReport",
            "Agree the latest draft as the final report."
        );
        g.MapPost("/{id:guid}/screening/drafts", IssueDraft)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .WithName("IssueEvaluationDraft")
            .WithSummary("Issue the next version of the draft report for feedback; send the version read.");
        g.MapGet("/{id:guid}/contributions", Contributions)
            .RequireAuthorization(Policies.EvaluationsTakePart)
            .WithName("ListEvaluationContributions")
            .WithSummary("The views sent: all of them for the organisation running it, your own otherwise.");
        g.MapPost("/{id:guid}/contributions", Contribute)
            .RequireAuthorization(Policies.EvaluationsTakePart)
            .WithName("SendEvaluationContribution")
            .WithSummary("Send a view; the organisation running it may record one for someone by naming them.");
        g.MapPost("/{id:guid}/contributions/{cid:guid}/reply", ReplyTo)
            .RequireAuthorization(Policies.EvaluationsWrite)
            .WithName("ReplyToEvaluationContribution")
            .WithSummary("Reply to a view, saying what it changed.");
    }

    internal static async Task<Ok<PageResponse<EvaluationSummary>>> List(
        AppDbContext db,
        CurrentUser user,
        string? search,
        EvaluationStage? stage,
        int? page,
        int? pageSize
    )
    {
        var query = EvaluationAccess.Visible(db, user, Policies.EvaluationsRead);
        if (TextSearch.Pattern(search) is { } pattern)
            query = query.Where(e => EF.Functions.Like(e.Title.ToLower(), pattern, TextSearch.Escape));
        if (stage is { } s)
            query = query.Where(e => e.Stage == s);
        var result = await Paged<StrategyEvaluation>.ReadAsync(query.OrderBy(e => e.Title), page, pageSize);
        return TypedResults.Ok(PageResponse.From(result, EvaluationSummary.From));
    }

    internal static async Task<Results<Created<EvaluationResponse>, ValidationProblem>> Create(
        NewEvaluationRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var (saved, errors) = await EvaluationCommands.StartAsync(
            db,
            user,
            new(request.StrategyId, request.Title, request.PlainSummary, request.PartnershipId),
            clock.GetUtcNow()
        );
        return saved is null
            ? ApiErrors.Validation(errors)
            : TypedResults.Created($"/api/v1/evaluations/{saved.Id}", await RespondAsync(db, saved));
    }

    internal static async Task<Results<Ok<EvaluationResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user
    ) =>
        await EvaluationAccess.FindVisibleAsync(db, user, id) is { } e
            ? TypedResults.Ok(await RespondAsync(db, e))
            : ApiErrors.NotFound(What);

    private static async Task<EvaluationResponse> RespondAsync(AppDbContext db, StrategyEvaluation e) =>
        new(
            e,
            (await EvaluationAccess.ParticipantsAsync(db, e.Id))
                .Select(p => new ParticipantResponse(p.Id, p.Name))
                .ToList()
        );

    internal static async Task<Results<Ok<EvaluationResponse>, ValidationProblem, ProblemHttpResult>> SetParticipants(
        Guid id,
        ParticipantsRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return ApiErrors.NotFound(What);
        if (request.OrganisationIds is null)
            return ApiErrors.Validation([new("OrganisationIds", "Give organisationIds: the organisations to invite")]);
        var errors = await EvaluationCommands.SetParticipantsAsync(
            db,
            user,
            e,
            request.OrganisationIds,
            clock.GetUtcNow()
        );
        return errors.Count > 0 ? ApiErrors.Validation(errors) : TypedResults.Ok(await RespondAsync(db, e));
    }

    internal static async Task<Results<Ok<List<EvaluationEvidence>>, ProblemHttpResult>> Evidence(
        Guid id,
        AppDbContext db,
        CurrentUser user
    ) =>
        await EvaluationAccess.FindVisibleAsync(db, user, id) is not null
            ? TypedResults.Ok(await EvidenceCommands.ListAsync(db, id))
            : ApiErrors.NotFound(What);

    internal static async Task<Results<Created<EvaluationEvidence>, ValidationProblem, ProblemHttpResult>> AddEvidence(
        Guid id,
        EvidenceRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return ApiErrors.NotFound(What);
        var (saved, errors) = await EvidenceCommands.AddAsync(
            db,
            user,
            e,
            new(request.Kind, request.Title, request.Finding, request.PeriodFrom, request.PeriodTo),
            [],
            clock.GetUtcNow()
        );
        return saved is null
            ? ApiErrors.Validation(errors)
            : TypedResults.Created($"/api/v1/evaluations/{id}/evidence", saved);
    }

    internal static async Task<Results<Created<EvaluationEvidence>, ValidationProblem, ProblemHttpResult>> ImportSurvey(
        Guid id,
        HttpRequest http,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return ApiErrors.NotFound(What);
        // The form is read here rather than bound, so a request of another type reaches the authorisation check and
        // this answer instead of being turned away by routing.
        if (!http.HasFormContentType)
            return ApiErrors.Validation([new("File", "Send the title and the file as multipart/form-data")]);
        var form = await http.ReadFormAsync();
        var title = form["title"].ToString();
        var read = await UploadedSheet.ReadAsync(form.Files["file"]);
        if (read.Problem is { } problem)
            return ApiErrors.Validation([new("File", problem)]);
        var survey = EvidenceCommands.ReadSurvey(read.Rows);
        if (survey.Problems.Count > 0)
            return ApiErrors.Validation(
                survey.Problems.Select(p => new FieldError("File", $"Row {p.Row}: {p.Message}"))
            );
        var (saved, errors) = await EvidenceCommands.AddAsync(
            db,
            user,
            e,
            new(EvidenceKind.Survey, title, survey.Finding, null, null),
            survey.Answers,
            clock.GetUtcNow()
        );
        return saved is null
            ? ApiErrors.Validation(errors)
            : TypedResults.Created($"/api/v1/evaluations/{id}/evidence", saved);
    }

    internal static async Task<Results<Ok<List<InformationExchange>>, ProblemHttpResult>> Exchanges(
        Guid id,
        AppDbContext db,
        CurrentUser user
    ) =>
        await EvaluationAccess.FindVisibleAsync(db, user, id) is not null
            ? TypedResults.Ok(await SharingCommands.ExchangesAsync(db, id))
            : ApiErrors.NotFound(What);

    internal static async Task<Results<Created<InformationExchange>, ValidationProblem, ProblemHttpResult>> AddExchange(
        Guid id,
        ExchangeRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return ApiErrors.NotFound(What);
        var (saved, errors) = await SharingCommands.RecordExchangeAsync(
            db,
            user,
            e,
            new(
                request.Agency,
                request.Direction,
                request.Information,
                request.Basis,
                request.Agreement,
                request.ExchangedOn
            ),
            clock.GetUtcNow(),
            UkCalendar.Today(clock)
        );
        return saved is null
            ? ApiErrors.Validation(errors)
            : TypedResults.Created($"/api/v1/evaluations/{id}/information-sharing", saved);
    }

    internal static async Task<Results<Ok<List<EvaluationSharing>>, ProblemHttpResult>> Sharings(
        Guid id,
        SharedItem? item,
        AppDbContext db,
        CurrentUser user
    ) =>
        await EvaluationAccess.FindVisibleAsync(db, user, id) is not null
            ? TypedResults.Ok(await SharingCommands.SharingsAsync(db, id, item))
            : ApiErrors.NotFound(What);

    internal static async Task<Results<Created<EvaluationSharing>, ValidationProblem, ProblemHttpResult>> AddSharing(
        Guid id,
        SharingRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is not { } e)
            return ApiErrors.NotFound(What);
        if (request.Item is not { } item || !Enum.IsDefined(item))
            return ApiErrors.Validation([new(nameof(request.Item), "Select what you shared")]);
        var audience = (request.Audience ?? []).Aggregate(SharedWith.None, (all, one) => all | one);
        var formats = (request.Formats ?? []).Aggregate(PlanFormats.None, (all, one) => all | one);
        var (saved, errors) = await SharingCommands.RecordSharingAsync(
            db,
            user,
            e,
            new(item, audience, request.Recipients, formats, request.SharedOn, request.Response),
            clock.GetUtcNow(),
            UkCalendar.Today(clock)
        );
        return saved is null
            ? ApiErrors.Validation(errors)
            : TypedResults.Created($"/api/v1/evaluations/{id}/sharing", saved);
    }

    private delegate Task<ScreeningCommands.Outcome> Move<in TRequest>(
        TRequest request,
        StrategyEvaluation tracked,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    );

    // Each move is mapped with its own request type at the call site, so the compile-time request delegate generator
    // builds it (a generic map would leave it to reflection at start-up); this adds what the moves share.
    private static void Screening(RouteHandlerBuilder move, string name, string summary) =>
        move.RequireAuthorization(Policies.EvaluationsWrite)
            .WithName(name)
            .WithSummary(summary + " Send the version read.");

    private static async Task<
        Results<Ok<EvaluationResponse>, ValidationProblem, ProblemHttpResult>
    > ScreeningAsync<TRequest>(
        Guid id,
        TRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        Move<TRequest> move
    )
        where TRequest : IScreeningRequest
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id, track: true) is not { } e)
            return ApiErrors.NotFound(What);
        if (request.Version is null)
            return ApiErrors.Validation([
                new(nameof(IVersioned.Version), "Give the version of the evaluation you read"),
            ]);
        var outcome = await move(request, e, db, user, clock);
        if (outcome.Gone)
            return ApiErrors.NotFound(What);
        if (outcome.CurrentVersion is { } current)
            return ApiErrors.Conflict(What, current);
        return outcome.Errors.Count > 0
            ? ApiErrors.Validation(outcome.Errors)
            : TypedResults.Ok(await RespondAsync(db, e));
    }

    private static Task<ScreeningCommands.Outcome> Process(
        ProcessRequest r,
        StrategyEvaluation e,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    ) =>
        ScreeningCommands.RunAsync(db, e, r.Version!.Value, x =>
            x.AgreeProcess(r.Process, r.Criteria ?? [], r.AgreedWith, r.AgreedOn, UkCalendar.Today(clock))
        );

    private static Task<ScreeningCommands.Outcome> Findings(
        FindingsRequest r,
        StrategyEvaluation e,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    ) =>
        ScreeningCommands.RunAsync(db, e, r.Version!.Value, x =>
            x.RecordFindings(r.Findings ?? new Dictionary<Guid, string?>())
        );

    private static Task<ScreeningCommands.Outcome> Equality(
        EqualityRequest r,
        StrategyEvaluation e,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    ) =>
        ScreeningCommands.RunAsync(db, e, r.Version!.Value, x =>
            x.ScreenEquality(r.Equality ?? [], r.FullEqualityAssessmentNeeded, r.EqualityConclusion)
        );

    private static Task<ScreeningCommands.Outcome> Agree(
        AgreeRequest r,
        StrategyEvaluation e,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    ) =>
        ScreeningCommands.RunAsync(db, e, r.Version!.Value, x =>
            x.AgreeFinalReport(r.AgreedBy, r.AgreedOn, user.DisplayName, UkCalendar.Today(clock))
        );

    internal static Task<Results<Ok<EvaluationResponse>, ValidationProblem, ProblemHttpResult>> IssueDraft(
        Guid id,
        DraftRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    ) =>
        ScreeningAsync(id, request, db, user, clock, (r, e, d, u, c) =>
            ScreeningCommands.IssueDraftAsync(
                d,
                u,
                e,
                r.Version!.Value,
                new(r.Findings, r.RecommendsFullEvaluation, r.Reason, r.Amendments, r.FeedbackClosesOn),
                c.GetUtcNow(),
                UkCalendar.Today(c)
            )
        );

    internal static async Task<Results<Ok<List<EvaluationContribution>>, ProblemHttpResult>> Contributions(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id, Policies.EvaluationsTakePart) is not { } e)
            return ApiErrors.NotFound(What);
        var all = await ContributionCommands.AllAsync(db, id);
        return TypedResults.Ok(
            EvaluationAccess.Keeps(user, e) ? all : all.Where(c => c.AuthorUserId == user.Id).ToList()
        );
    }

    internal static async Task<
        Results<Created<EvaluationContribution>, ValidationProblem, ProblemHttpResult>
    > Contribute(Guid id, ContributionRequest request, AppDbContext db, CurrentUser user, TimeProvider clock)
    {
        if (await EvaluationAccess.FindVisibleAsync(db, user, id, Policies.EvaluationsTakePart) is not { } e)
            return ApiErrors.NotFound(What);
        // Only the organisation running it records views for others.
        var forSomeone = request.AuthorName is not null && EvaluationAccess.Keeps(user, e);
        var (saved, errors) = await ContributionCommands.SendAsync(
            db,
            user,
            e,
            new(request.Kind, request.Text, request.AuthorName, request.AuthorOrganisation, request.GivenThrough),
            forSomeone,
            clock.GetUtcNow(),
            UkCalendar.Today(clock)
        );
        return saved is null
            ? ApiErrors.Validation(errors)
            : TypedResults.Created($"/api/v1/evaluations/{id}/contributions", saved);
    }

    internal static async Task<Results<Ok<EvaluationContribution>, ValidationProblem, ProblemHttpResult>> ReplyTo(
        Guid id,
        Guid cid,
        ReplyRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await EvaluationAccess.FindToChangeAsync(db, user, id) is null)
            return ApiErrors.NotFound(What);
        var contribution = await db.EvaluationContributions.FirstOrDefaultAsync(c =>
            c.Id == cid && c.EvaluationId == id
        );
        if (contribution is null)
            return ApiErrors.NotFound("View");
        var errors = contribution.Reply(request.Response, user.DisplayName, clock.GetUtcNow());
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        await db.SaveChangesAsync();
        return TypedResults.Ok(contribution);
    }
}
