using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Pages.Contracts.Api;

/// <summary>The contracts register over JSON, with the same rules, filters and visibility as the pages: a provider's
/// users see their own organisation's contracts only, and a contract anyone else asks for is "not found".</summary>
public static class ContractsApi
{
    public static RouteGroupBuilder MapContractsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/contracts").WithTags("Contracts");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.ContractsRead)
            .WithName("ListContracts")
            .WithSummary(
                "Contracts you can see, paged; search matches the reference, title and supplier; filter by status, type and ending within 90 days."
            );
        g.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.ContractsRead)
            .WithName("GetContract")
            .WithSummary("One contract.");
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("CreateContract")
            .WithSummary("Add a contract entered directly, with a supplier from your organisation's register.");
        g.MapPut("/{id:guid}", Update)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("UpdateContract")
            .WithSummary("Replace a contract's details; send the version you read (409 if someone changed it since).");
        g.MapGet("/{id:guid}/variations", Variations)
            .RequireAuthorization(Policies.ContractsRead)
            .WithName("ListContractVariations")
            .WithSummary("A contract's variations, oldest first, with the value before and after each approved one.");
        g.MapPost("/{id:guid}/variations", Propose)
            .RequireAuthorization(Policies.ContractsWrite)
            .WithName("ProposeContractVariation")
            .WithSummary(
                "Propose a variation; one taking the contract over the threshold of its award route needs a justification."
            );
        g.MapPost("/{id:guid}/variations/{variationId:guid}/decision", Decide)
            .RequireAuthorization(Policies.Decide)
            .WithName("DecideContractVariation")
            .WithSummary("Approve or refuse a proposed variation (a note is needed to refuse).");
        g.MapPlanApi();
        return api;
    }

    internal static async Task<Ok<PageResponse<ContractSummary>>> List(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        string? search,
        ContractStatus? status,
        ContractType? type,
        bool? expiringSoon,
        ContractSort? sort,
        int? page,
        int? pageSize,
        IOptions<ListCountOptions> counting
    )
    {
        var rows = new ContractSearch(search, status, type, expiringSoon == true, sort ?? ContractSort.Reference).Apply(
            db,
            ContractAccess.Visible(db, user),
            UkCalendar.Today(clock)
        );
        var result = await Paged<ContractRow>.ReadAsync(rows, page, pageSize, counting.Value.CountUpTo);
        return TypedResults.Ok(PageResponse.From(result, ContractSummary.From));
    }

    internal static async Task<Results<Ok<ContractResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var c = await ContractAccess.FindVisibleAsync(db, user, id);
        return c is null ? ApiErrors.NotFound("Contract") : TypedResults.Ok(ContractResponse.From(c));
    }

    internal static async Task<Results<Created<ContractResponse>, ValidationProblem>> Create(
        ContractRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var details = request.ToDetails();
        var errors = new List<FieldError>();
        var organisation = ApiErrors.OrganisationForNew(
            user,
            Policies.ContractsWrite,
            request.OrganisationId,
            "contracts",
            errors
        );
        if (organisation is { } org)
            errors.AddRange(await ContractLookups.ValidateAsync(db, org, details));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var now = clock.GetUtcNow();
        var contract = new Contract
        {
            Reference = details.Reference!,
            Title = details.Title!,
            CpvCode = details.CpvCode!,
            OrganisationId = organisation!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(contract);
        return await ApiCreate.AddAsync(
            db,
            contract,
            [],
            c => $"/api/v1/contracts/{c.Id}",
            c => Task.FromResult(ContractResponse.From(c))
        );
    }

    internal static async Task<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        ContractRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var c = await ContractAccess.FindWritableAsync(db, user, id, track: true);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var details = request.ToDetails();
        var errors = await ContractLookups.ValidateAsync(db, c.OrganisationId, details, c.Id);
        var now = clock.GetUtcNow();
        return await VersionedUpdate.SaveAsync(
            db,
            c,
            "Contract",
            request.Version,
            request.OrganisationId,
            errors,
            () =>
            {
                details.ApplyTo(c);
                c.UpdatedAt = now;
            },
            () => ContractAccess.FindWritableAsync(db, user, id),
            () => Task.FromResult(ContractResponse.From(c))
        );
    }

    internal static async Task<Results<Ok<IReadOnlyList<VariationResponse>>, ProblemHttpResult>> Variations(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var c = await ContractAccess.FindVisibleAsync(db, user, id);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var list = await VariationCommands.ListAsync(db, id);
        return TypedResults.Ok<IReadOnlyList<VariationResponse>>(list.Select(VariationResponse.From).ToList());
    }

    internal static async Task<Results<Created<VariationResponse>, ValidationProblem, ProblemHttpResult>> Propose(
        Guid id,
        VariationRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var c = await ContractAccess.FindWritableAsync(db, user, id);
        if (c is null)
            return ApiErrors.NotFound("Contract");
        var outcome = await VariationCommands.ProposeAsync(db, user, c, request.ToProposal(), clock.GetUtcNow());
        return outcome.Saved
            ? TypedResults.Created(
                $"/api/v1/contracts/{id}/variations/{outcome.Variation!.Id}",
                VariationResponse.From(outcome.Variation)
            )
            : ApiErrors.Validation(outcome.Errors);
    }

    internal static async Task<Results<Ok<VariationResponse>, ValidationProblem, ProblemHttpResult>> Decide(
        Guid id,
        Guid variationId,
        VariationDecisionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var c = await ContractAccess.FindDecidableAsync(db, user, id);
        var v = c is null
            ? null
            : await db.ContractVariations.FirstOrDefaultAsync(x => x.Id == variationId && x.ContractId == id);
        if (c is null || v is null)
            return ApiErrors.NotFound("Variation");
        var outcome = await VariationCommands.DecideAsync(
            db,
            user,
            c,
            v,
            request.Approve,
            request.Note,
            clock.GetUtcNow()
        );
        if (outcome.Conflict)
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Someone else changed this record",
                detail: outcome.Errors[0].Message
            );
        return outcome.Saved ? TypedResults.Ok(VariationResponse.From(v)) : ApiErrors.Validation(outcome.Errors);
    }
}
