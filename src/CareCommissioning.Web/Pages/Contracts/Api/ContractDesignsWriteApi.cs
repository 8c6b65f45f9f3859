using CareCommissioning.Web.Pages.Contracts.Designs;
using CareCommissioning.Web.Pages.Contracts.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Contracts.Api;

/// <summary>
/// Changing priority outcomes and contract designs over JSON, through the same checks and commands as their pages
/// (<see cref="OutcomeCommands"/>, <see cref="IDesignPart"/>, <see cref="DesignCommands"/>): only those who may change
/// contracts in the organisation; another organisation's record is "not found"; a change needs the version read
/// (409 with the current one when someone changed it since); a refused change saves nothing.
/// </summary>
public static class ContractDesignsWriteApi
{
    private const string Design = "Contract design";

    public static void MapContractDesignWrites(RouteGroupBuilder outcomes, RouteGroupBuilder designs)
    {
        outcomes
            .MapPost("/", CreateOutcome)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("CreateContractOutcome")
            .WithSummary("Enter a priority outcome with who agreed it, how and when.");
        outcomes
            .MapPut("/{id:guid}", ChangeOutcome)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("ChangeContractOutcome")
            .WithSummary(
                "Change an outcome in full: its measure, implications, any conflict and its resolution, and the recommendation; send the version read."
            );
        outcomes
            .MapPost("/from-appraisal", TakeFromAppraisal)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("TakeContractOutcomesFromAppraisal")
            .WithSummary("Take the outcomes of a decided options appraisal not taken already.");
        designs
            .MapPost("/", CreateDesign)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("CreateContractDesign")
            .WithSummary("Start a contract design: its title, the recommended outcomes it covers and any appraisal.");
        Part(
            designs.MapPut(
                "/{id:guid}/outline",
                (Guid id, DesignOutlineRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                    SavePartAsync(id, request, db, user, clock, Outline)
            ),
            "Outline",
            "the title, outcomes and appraisal"
        );
        Part(
            designs.MapPut(
                "/{id:guid}/agreement",
                (Guid id, AgreementsRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                    SavePartAsync(id, request, db, user, clock, Agreements)
            ),
            "Agreement",
            "when and how the outcomes will be agreed with providers"
        );
        Part(
            designs.MapPut(
                "/{id:guid}/approaches",
                (Guid id, ApproachesRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                    SavePartAsync(id, request, db, user, clock, Approaches)
            ),
            "Approaches",
            "the approaches analysed"
        );
        Part(
            designs.MapPut(
                "/{id:guid}/costs",
                (Guid id, CostsRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                    SavePartAsync(id, request, db, user, clock, Costs)
            ),
            "Costs",
            "what achieving each outcome costs"
        );
        Part(
            designs.MapPut(
                "/{id:guid}/objectives",
                (Guid id, ObjectivesRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                    SavePartAsync(id, request, db, user, clock, Objectives)
            ),
            "Objectives",
            "the objectives and how to implement the contract"
        );
        Part(
            designs.MapPut(
                "/{id:guid}/contract-type",
                (Guid id, ContractTypeRequest request, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                    SavePartAsync(id, request, db, user, clock, ContractTypeAsync)
            ),
            "ContractType",
            "the recommended contract type and its reasons"
        );
        designs
            .MapPost("/{id:guid}/ready", Ready)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("MarkContractDesignReady")
            .WithSummary("Mark a design ready; refused with what is missing until it has all it needs.");
        designs
            .MapPost("/{id:guid}/provisions", AddProvision)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("AddContractProvision")
            .WithSummary("Add a contractual provision to a design.");
        designs
            .MapPut("/{id:guid}/provisions/{provisionId:guid}", ChangeProvision)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("ChangeContractProvision")
            .WithSummary(
                "Change a provision; send the version read. A ready design left without what it needs goes back to draft."
            );
        designs
            .MapDelete("/{id:guid}/provisions/{provisionId:guid}", RemoveProvision)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("RemoveContractProvision")
            .WithSummary(
                "Remove a provision, with ?version= read. A ready design left without what it needs goes back to draft."
            );
    }

    internal static Task<Results<Created<ContractOutcome>, ValidationProblem>> CreateOutcome(
        NewOutcomeRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var details = request.ToDetails();
        return ApiCreate.CheckThenAddAsync(
            db,
            user,
            clock,
            new ApiCreate.Into(Policies.ContractsWrite, request.OrganisationId, "outcomes"),
            now => OutcomeCommands.CheckNew(details, now),
            (organisation, now) => OutcomeCommands.New(organisation, details, now),
            o => $"/api/v1/contracts/outcomes/{o.Id}",
            Task.FromResult
        );
    }

    internal static async Task<Results<Ok<ContractOutcome>, ValidationProblem, ProblemHttpResult>> ChangeOutcome(
        Guid id,
        OutcomeRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var outcome = await OutcomeAccess.FindAsync(db, user, id, Policies.ContractsWrite, track: true);
        if (outcome is null)
            return ApiErrors.NotFound("Outcome");
        var (details, now) = (request.ToDetails(), clock.GetUtcNow());
        return await VersionedUpdate.SaveAsync(
            db,
            outcome,
            "Outcome",
            request.Version,
            null,
            OutcomeCommands.Check(outcome, details, now),
            () => OutcomeCommands.Apply(outcome, details, now),
            () => OutcomeAccess.FindAsync(db, user, id, Policies.ContractsWrite),
            () => Task.FromResult(outcome)
        );
    }

    internal static async Task<Results<Created<IReadOnlyList<ContractOutcome>>, ValidationProblem>> TakeFromAppraisal(
        FromAppraisalRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var appraisal = request.AppraisalId is { } a
            ? await OutcomeCommands.Decided(db, user).FirstOrDefaultAsync(x => x.Id == a)
            : null;
        if (appraisal is null || OutcomeCommands.OutcomesOf(appraisal).Count == 0)
            return ApiErrors.Validation([new(nameof(request.AppraisalId), OutcomeCommands.ChooseAppraisal)]);
        var taken = await OutcomeCommands.TakeAsync(db, appraisal, clock.GetUtcNow());
        return taken.Count == 0
            ? ApiErrors.Validation([new(nameof(request.AppraisalId), OutcomeCommands.AllTaken)])
            : TypedResults.Created("/api/v1/contracts/outcomes", taken);
    }

    internal static async Task<Results<Created<DesignResponse>, ValidationProblem>> CreateDesign(
        DesignOutlineRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var errors = new List<FieldError>();
        var organisation = ApiErrors.OrganisationForNew(
            user,
            Policies.ContractsWrite,
            request.OrganisationId,
            "contract designs",
            errors
        );
        var outline = OutlineOf(db, organisation ?? Guid.Empty, request);
        if (organisation is not null)
            errors.AddRange(outline.Check());
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        return await ApiCreate.AddAsync(
            db,
            outline.Start(organisation!.Value, clock.GetUtcNow()),
            [],
            d => $"/api/v1/contracts/designs/{d.Id}",
            d => RespondAsync(db, d)
        );
    }

    private static OutlinePart OutlineOf(AppDbContext db, Guid organisation, DesignOutlineRequest request) =>
        OutlinePart.For(db, organisation, request.Title, request.OutcomeIds ?? [], request.AppraisalId);

    /// <summary>A part's request as the part to check and apply, with any row that could not be placed and how the
    /// rules' fields are spelled in the request.</summary>
    private sealed record Built(IDesignPart Part, IReadOnlyList<FieldError> Rows, Func<string, string> Field);

    private delegate Task<Built> BuildPart<TRequest>(
        TRequest request,
        ContractDesign design,
        IReadOnlyList<ContractOutcome> outcomes,
        AppDbContext db,
        DateTimeOffset now
    );

    // Each part is mapped with its own request type at the call site, so the compile-time request delegate generator
    // builds it (a generic map would leave it to reflection at start-up); this adds what the parts share.
    private static void Part(RouteHandlerBuilder part, string name, string words) =>
        part.RequireAuthorization(Policies.ContractsWrite)
            .WithName($"SetContractDesign{name}")
            .WithSummary($"Set {words}; send the version read.");

    private static async Task<
        Results<Ok<DesignResponse>, ValidationProblem, ProblemHttpResult>
    > SavePartAsync<TRequest>(
        Guid id,
        TRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        BuildPart<TRequest> build
    )
        where TRequest : IDesignPartRequest
    {
        var design = await DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite, track: true);
        if (design is null)
            return ApiErrors.NotFound(Design);
        var now = clock.GetUtcNow();
        var built = await build(request, design, await DesignAccess.OutcomesAsync(db, design), db, now);
        // As on the page, a row that could not be read keeps its own message rather than the rules' about it.
        var errors = built.Rows.ToList();
        errors.AddRange(
            built
                .Part.Check()
                .Select(e => e with { Field = built.Field(e.Field) })
                .Where(e => e.Field.Length == 0 || !errors.Any(r => r.Field == e.Field))
        );
        return await VersionedUpdate.SaveAsync(
            db,
            design,
            Design,
            request.Version,
            (request as DesignOutlineRequest)?.OrganisationId,
            errors,
            () => built.Part.ApplyTo(design, now),
            () => DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite),
            () => RespondAsync(db, design)
        );
    }

    private static Task<Built> Outline(
        DesignOutlineRequest request,
        ContractDesign design,
        IReadOnlyList<ContractOutcome> outcomes,
        AppDbContext db,
        DateTimeOffset now
    ) => Task.FromResult(new Built(OutlineOf(db, design.OrganisationId, request), [], RequestPaths.Camel));

    private static Task<Built> Agreements(
        AgreementsRequest request,
        ContractDesign design,
        IReadOnlyList<ContractOutcome> outcomes,
        AppDbContext db,
        DateTimeOffset now
    )
    {
        var rows = new RequestRows<AgreementStage, AgreementItem>(
            "agreements",
            request.Agreements,
            AgreementStageNames.All,
            a => a.Stage,
            "stage",
            $"the stage: one of {string.Join(", ", AgreementStageNames.All)}"
        );
        var entries = AgreementStageNames
            .All.Select(
                (stage, i) => new OutcomeAgreementEntry(stage, rows.Ordered[i]?.Method, rows.Ordered[i]?.PlannedOn)
            )
            .ToList();
        return Task.FromResult(new Built(new AgreementsPart(entries), rows.Errors, rows.JsonField));
    }

    private static Task<Built> Approaches(
        ApproachesRequest request,
        ContractDesign design,
        IReadOnlyList<ContractOutcome> outcomes,
        AppDbContext db,
        DateTimeOffset now
    )
    {
        var rows = new RequestRows<ContractApproach, ApproachItem>(
            "approaches",
            request.Approaches,
            ContractApproachNames.All,
            a => a.Approach,
            "approach",
            $"the approach: one of {string.Join(", ", ContractApproachNames.All)}"
        );
        var entries = ContractApproachNames
            .All.Select(
                (approach, i) =>
                    rows.Ordered[i] is { } a
                        ? new DesignApproachEntry(approach, a.Name, a.Benefits, a.Drawbacks, a.Chosen)
                        : new DesignApproachEntry(approach, null, null, null, false)
            )
            .ToList();
        return Task.FromResult(
            new Built(new ApproachesPart(entries), rows.Errors, f =>
                f == nameof(DesignForm.ChosenApproaches) ? "approaches" : rows.JsonField(f)
            )
        );
    }

    private static Task<Built> Costs(
        CostsRequest request,
        ContractDesign design,
        IReadOnlyList<ContractOutcome> outcomes,
        AppDbContext db,
        DateTimeOffset now
    )
    {
        var rows = new RequestRows<Guid, CostItem>(
            "costs",
            request.Costs,
            outcomes.Select(o => o.Id).ToList(),
            c => c.OutcomeId,
            "outcomeId",
            "the id of one of the design's outcomes"
        );
        var entries = outcomes
            .Select(
                (o, i) =>
                    new OutcomeCostEntry(
                        o.Id,
                        o.Title,
                        rows.Ordered[i]?.Unit,
                        rows.Ordered[i]?.UnitCost,
                        rows.Ordered[i]?.UnitsPerYear,
                        rows.Ordered[i]?.Years,
                        rows.Ordered[i]?.FairCostRate
                    )
            )
            .ToList();
        return Task.FromResult(new Built(new CostsPart(entries), rows.Errors, rows.JsonField));
    }

    private static Task<Built> Objectives(
        ObjectivesRequest request,
        ContractDesign design,
        IReadOnlyList<ContractOutcome> outcomes,
        AppDbContext db,
        DateTimeOffset now
    )
    {
        var rows = new RequestRows<ObjectiveCategory, ObjectiveItem>(
            "objectives",
            request.Objectives,
            ObjectiveCategoryNames.All,
            o => o.Category,
            "category",
            $"the category: one of {string.Join(", ", ObjectiveCategoryNames.All)}"
        );
        var entries = ObjectiveCategoryNames
            .All.Select(
                (category, i) =>
                    new ContractObjectiveEntry(category, rows.Ordered[i]?.Objective, rows.Ordered[i]?.HowAchieved)
            )
            .ToList();
        return Task.FromResult(
            new Built(new ObjectivesPart(entries, request.Implementation), rows.Errors, rows.JsonField)
        );
    }

    private static async Task<Built> ContractTypeAsync(
        ContractTypeRequest request,
        ContractDesign design,
        IReadOnlyList<ContractOutcome> outcomes,
        AppDbContext db,
        DateTimeOffset now
    )
    {
        var answers = request.ToAnswers();
        var advice = await DesignAdvice.ForAsync(db, answers.On(design), UkCalendar.DateOf(now));
        ContractType? chosen = request.RecommendedType is { } t && Enum.IsDefined(t) ? t : null;
        return new Built(new ContractTypePart(answers, chosen, request.TypeReason, advice), [], RequestPaths.Camel);
    }

    internal static async Task<Results<Ok<DesignResponse>, ValidationProblem, ProblemHttpResult>> Ready(
        Guid id,
        ReadyRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var design = await DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite, track: true);
        if (design is null)
            return ApiErrors.NotFound(Design);
        var missing = await DesignAccess.MissingAsync(db, design);
        var now = clock.GetUtcNow();
        return await VersionedUpdate.SaveAsync(
            db,
            design,
            Design,
            request.Version,
            null,
            DesignCommands.NotReady(missing),
            () => design.MarkReady(now),
            () => DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite),
            () => RespondAsync(db, design)
        );
    }

    internal static async Task<Results<Created<ContractProvision>, ValidationProblem, ProblemHttpResult>> AddProvision(
        Guid id,
        ProvisionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var design = await DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite);
        if (design is null)
            return ApiErrors.NotFound(Design);
        var details = request.ToDetails();
        var errors = DesignCommands.CheckProvision(details, await DesignAccess.OutcomesAsync(db, design));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var provision = DesignCommands.NewProvision(design, details, clock.GetUtcNow());
        db.ContractProvisions.Add(provision);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/contracts/designs/{id}", provision);
    }

    internal static async Task<Results<Ok<ContractProvision>, ValidationProblem, ProblemHttpResult>> ChangeProvision(
        Guid id,
        Guid provisionId,
        ProvisionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var provision = await DesignAccess.FindProvisionAsync(
            db,
            user,
            id,
            provisionId,
            Policies.ContractsWrite,
            track: true
        );
        if (provision is null)
            return ApiErrors.NotFound("Provision");
        var design = await db.ContractDesigns.AsNoTracking().FirstAsync(d => d.Id == id);
        var (details, now) = (request.ToDetails(), clock.GetUtcNow());
        return await VersionedUpdate.SaveAsync(
            db,
            provision,
            "Provision",
            request.Version,
            null,
            DesignCommands.CheckProvision(details, await DesignAccess.OutcomesAsync(db, design)),
            () => DesignCommands.ChangeProvision(db, provision, details, now),
            () => DesignAccess.FindProvisionAsync(db, user, id, provisionId, Policies.ContractsWrite),
            () => Task.FromResult(provision)
        );
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveProvision(
        Guid id,
        Guid provisionId,
        int? version,
        AppDbContext db,
        CurrentUser user
    )
    {
        var provision = await DesignAccess.FindProvisionAsync(
            db,
            user,
            id,
            provisionId,
            Policies.ContractsWrite,
            track: true
        );
        if (provision is null)
            return ApiErrors.NotFound("Provision");
        if (version is null)
            return ApiErrors.Validation([new("Version", "Give the version of the provision you read")]);
        if (version != provision.Version)
            return ApiErrors.Conflict("Provision", provision.Version);
        DesignCommands.RemoveProvision(db, provision);
        var saved = await VersionedSave.SaveAsync(db, provision, version.Value, () =>
            DesignAccess.FindProvisionAsync(db, user, id, provisionId, Policies.ContractsWrite)
        );
        if (saved.Saved)
            return TypedResults.NoContent();
        return saved.Current is { } current
            ? ApiErrors.Conflict("Provision", current.Version)
            : ApiErrors.NotFound("Provision");
    }

    private static async Task<DesignResponse> RespondAsync(AppDbContext db, ContractDesign design)
    {
        var provisions = await db.ContractProvisions.AsNoTracking().Where(p => p.DesignId == design.Id).ToListAsync();
        return DesignResponse.From(design, provisions, await DesignAccess.MissingAsync(db, design));
    }
}
