using CareCommissioning.Web.Pages.Contracts.Designs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Contracts.Api;

/// <summary>The priority outcomes and contract designs over JSON, with the same visibility as the pages: staff,
/// auditors and administrators of the organisation read them; anything else is "not found". Those who may change a
/// design record who its outcomes and implications were shared with and what they decided (CD-P3); the other changes
/// are in <see cref="ContractDesignsWriteApi"/>.</summary>
public static class ContractDesignsApi
{
    public static RouteGroupBuilder MapContractDesignsApi(this RouteGroupBuilder api)
    {
        var outcomes = api.MapGroup("/contracts/outcomes").WithTags("Contracts");
        outcomes
            .MapGet("/", ListOutcomes)
            .RequireAuthorization(Policies.ContractOutcomesRead)
            .WithName("ListContractOutcomes")
            .WithSummary(
                "Priority outcomes for contracts you can see, paged; search matches the outcome and indicator."
            );
        outcomes
            .MapGet("/{id:guid}", GetOutcome)
            .RequireAuthorization(Policies.ContractOutcomesRead)
            .WithName("GetContractOutcome")
            .WithSummary("One priority outcome.");
        var designs = api.MapGroup("/contracts/designs").WithTags("Contracts");
        designs
            .MapGet("/", ListDesigns)
            .RequireAuthorization(Policies.ContractOutcomesRead)
            .WithName("ListContractDesigns")
            .WithSummary("Contract designs you can see, paged; search matches the title.");
        designs
            .MapGet("/{id:guid}", GetDesign)
            .RequireAuthorization(Policies.ContractOutcomesRead)
            .WithName("GetContractDesign")
            .WithSummary("One contract design, with its provisions and what it still needs before it is ready.");
        designs
            .MapGet("/{id:guid}/shares", ListShares)
            .RequireAuthorization(Policies.ContractOutcomesRead)
            .WithName("ListContractDesignShares")
            .WithSummary(
                "Who a design's outcomes and implications were shared with, and what they decided, latest first."
            );
        designs
            .MapPost("/{id:guid}/shares", RecordShare)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("RecordContractDesignShare")
            .WithSummary(
                "Record who a design's outcomes and implications were shared with, in which formats, when, what they "
                    + "decided and whether the design changed as a result."
            );
        ContractDesignsWriteApi.MapContractDesignWrites(outcomes, designs);
        return api;
    }

    internal static async Task<Ok<PageResponse<ContractOutcome>>> ListOutcomes(
        AppDbContext db,
        CurrentUser user,
        string? search,
        int? page,
        int? pageSize
    )
    {
        var orgs = user.OrganisationsFor(Policies.ContractOutcomesRead);
        var query = db.ContractOutcomes.AsNoTracking().Where(o => orgs.Contains(o.OrganisationId));
        if (TextSearch.Pattern(search) is { } pattern)
            query = query.Where(o =>
                EF.Functions.Like(o.Title.ToLower(), pattern, TextSearch.Escape)
                || (o.Indicator != null && EF.Functions.Like(o.Indicator.ToLower(), pattern, TextSearch.Escape))
            );
        var result = await Paged<ContractOutcome>.ReadAsync(query.OrderBy(o => o.Title), page, pageSize);
        return TypedResults.Ok(PageResponse.From(result));
    }

    internal static async Task<Results<Ok<ContractOutcome>, ProblemHttpResult>> GetOutcome(
        Guid id,
        AppDbContext db,
        CurrentUser user
    ) =>
        await Outcomes.OutcomeAccess.FindAsync(db, user, id, Policies.ContractOutcomesRead) is { } o
            ? TypedResults.Ok(o)
            : ApiErrors.NotFound("Outcome");

    internal static async Task<Ok<PageResponse<DesignSummary>>> ListDesigns(
        AppDbContext db,
        CurrentUser user,
        string? search,
        int? page,
        int? pageSize
    )
    {
        var orgs = user.OrganisationsFor(Policies.ContractOutcomesRead);
        var query = db.ContractDesigns.AsNoTracking().Where(d => orgs.Contains(d.OrganisationId));
        if (TextSearch.Pattern(search) is { } pattern)
            query = query.Where(d => EF.Functions.Like(d.Title.ToLower(), pattern, TextSearch.Escape));
        var result = await Paged<ContractDesign>.ReadAsync(query.OrderBy(d => d.Title), page, pageSize);
        return TypedResults.Ok(PageResponse.From(result, DesignSummary.From));
    }

    internal static async Task<Results<Ok<DesignResponse>, ProblemHttpResult>> GetDesign(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        if (await DesignAccess.FindAsync(db, user, id, Policies.ContractOutcomesRead) is not { } d)
            return ApiErrors.NotFound("Contract design");
        var provisions = await db.ContractProvisions.AsNoTracking().Where(p => p.DesignId == id).ToListAsync();
        var missing = await DesignAccess.MissingAsync(db, d);
        return TypedResults.Ok(DesignResponse.From(d, provisions, missing));
    }

    internal static async Task<Results<Ok<IReadOnlyList<DesignShareResponse>>, ProblemHttpResult>> ListShares(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        if (await DesignAccess.FindAsync(db, user, id, Policies.ContractOutcomesRead) is not { } d)
            return ApiErrors.NotFound("Contract design");
        var shares = await DesignShares.ListAsync(db, d);
        return TypedResults.Ok<IReadOnlyList<DesignShareResponse>>(shares.Select(DesignShareResponse.From).ToList());
    }

    internal static async Task<Results<Created<DesignShareResponse>, ValidationProblem, ProblemHttpResult>> RecordShare(
        Guid id,
        DesignShareRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        if (await DesignAccess.FindAsync(db, user, id, Policies.ContractsWrite) is not { } d)
            return ApiErrors.NotFound("Contract design");
        if ((request.Formats ?? []).Any(f => !PlanFormatsNames.Each.Contains(f)))
            return ApiErrors.Validation([new("Formats", "Formats must be WebPage, WordDocument or EasyRead")]);
        var result = await DesignShares.RecordAsync(
            db,
            user,
            d,
            new DesignShares.Answers(
                request.Recipients is null ? null : string.Join('\n', request.Recipients),
                (request.Formats ?? []).Aggregate(PlanFormats.None, (all, f) => all | f),
                request.SharedOn,
                request.Decision,
                request.DesignChanged,
                request.Changes
            ),
            clock.GetUtcNow(),
            UkCalendar.Today(clock)
        );
        if (result.Saved is not { } s)
            return ApiErrors.Validation(result.Errors);
        return TypedResults.Created($"/api/v1/contracts/designs/{id}/shares", DesignShareResponse.From(s));
    }
}

/// <summary>Who a design was shared with, as the people or groups, one each; in which formats; when; what they decided
/// or said; and whether the design changed as a result, and how.</summary>
public sealed record DesignShareRequest
{
    public IReadOnlyList<string>? Recipients { get; init; }
    public IReadOnlyList<PlanFormats>? Formats { get; init; }
    public DateOnly? SharedOn { get; init; }
    public string? Decision { get; init; }
    public bool? DesignChanged { get; init; }
    public string? Changes { get; init; }
}

/// <summary>A record of sharing a design and what the people decided, with who recorded it and when.</summary>
public sealed record DesignShareResponse(
    Guid Id,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<PlanFormats> Formats,
    DateOnly SharedOn,
    string Decision,
    bool DesignChanged,
    string? Changes,
    string By,
    DateTimeOffset At
)
{
    public static DesignShareResponse From(DesignShare s) =>
        new(
            s.Id,
            DesignShares.RecipientsOf(s),
            PlanFormatsNames.Each.Where(f => s.Formats.HasFlag(f)).ToList(),
            s.SharedOn,
            s.Decision,
            s.DesignChanged,
            s.Changes,
            s.ByName,
            s.At
        );
}

/// <summary>A contract design in a list.</summary>
public sealed record DesignSummary(
    Guid Id,
    string Title,
    int Outcomes,
    ContractType? RecommendedType,
    decimal TotalCost,
    DesignStatus Status,
    int Version
)
{
    public static DesignSummary From(ContractDesign d) =>
        new(d.Id, d.Title, d.OutcomeIds.Count, d.RecommendedType, d.TotalCost, d.Status, d.Version);
}

/// <summary>A contract design with every part, its provisions and what it still needs.</summary>
public sealed record DesignResponse(
    Guid Id,
    Guid OrganisationId,
    string Title,
    Guid? AppraisalId,
    IReadOnlyList<Guid> OutcomeIds,
    IReadOnlyList<OutcomeAgreement> Agreements,
    IReadOnlyList<DesignApproach> Approaches,
    IReadOnlyList<OutcomeCost> Costs,
    decimal TotalCost,
    IReadOnlyList<ContractObjective> Objectives,
    ContractType? RecommendedType,
    string? TypeReason,
    string? Implementation,
    DesignStatus Status,
    IReadOnlyList<ContractProvision> Provisions,
    IReadOnlyList<string> Missing,
    int Version
)
{
    public static DesignResponse From(
        ContractDesign d,
        IReadOnlyList<ContractProvision> provisions,
        IReadOnlyList<string> missing
    ) =>
        new(
            d.Id,
            d.OrganisationId,
            d.Title,
            d.AppraisalId,
            d.OutcomeIds,
            d.Agreements,
            d.Approaches,
            d.Costs,
            d.TotalCost,
            d.Objectives,
            d.RecommendedType,
            d.TypeReason,
            d.Implementation,
            d.Status,
            provisions,
            missing,
            d.Version
        );
}
