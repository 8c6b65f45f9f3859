using CareCommissioning.Web.Pages.Purchasing.Lists;
using CareCommissioning.Web.Pages.Purchasing.Plan;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Pages.Purchasing.Api;

/// <summary>
/// Purchase requests over JSON with the pages' rules and visibility (issue 5 §7, §8): anyone who may purchase creates,
/// changes and submits their own drafts; procurement specialists and auditors list and read all of their organisation's
/// purchases; others list and read their own (and, while it awaits them, what they may approve).
/// </summary>
public static class PurchasesApi
{
    public static RouteGroupBuilder MapPurchasesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/purchases").WithTags("Purchasing");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.PurchasingRead)
            .WithName("ListPurchases")
            .WithSummary(
                "Purchases you can see, filtered and paged, newest first: all of your organisation's if you are a procurement specialist or auditor, otherwise your own."
            );
        g.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.PurchasingRead)
            .WithName("GetPurchase")
            .WithSummary("One purchase request.");
        g.MapGet("/{id:guid}/same-category", SameCategory)
            .RequireAuthorization(Policies.PurchasingRead)
            .WithName("GetPurchasesOfTheSameCategory")
            .WithSummary(
                "Purchases of the same CPV category (the code's first five digits) made or planned in the purchase's organisation, newest first (at most 10, with the total), so a planner can join up with others buying the same."
            );
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.Purchase)
            .WithName("CreatePurchase")
            .WithSummary(
                "Start a purchase: saves a draft of the plan; the route is worked out when the category and value are known."
            );
        g.MapPut("/{id:guid}", Update)
            .RequireAuthorization(Policies.Purchase)
            .WithName("UpdatePurchase")
            .WithSummary(
                "Replace your draft's plan; send the version you read (409 if it changed since; 400 if it is no longer a draft)."
            );
        g.MapPost("/{id:guid}/submit", Submit)
            .RequireAuthorization(Policies.Purchase)
            .WithName("SubmitPurchase")
            .WithSummary(
                "Apply the rules in force and submit your draft when every answer is complete; send the version you read."
            );
        g.MapPost("/{id:guid}/withdraw", Withdraw)
            .RequireAuthorization(Policies.Purchase)
            .WithName("WithdrawPurchase")
            .WithSummary(
                "Take your submitted, awaiting-approval or rejected request back to a draft to change it; send the version you read."
            );
        g.MapPost("/{id:guid}/cancel", Cancel)
            .RequireAuthorization(Policies.Purchase)
            .WithName("CancelPurchase")
            .WithSummary(
                "Cancel your purchase, at any stage before it is ordered, with the reason; send the version you read."
            );
        return api;
    }

    internal static async Task<Ok<PageResponse<PurchaseListItem>>> List(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        string? search,
        PurchaseStatus? status,
        PurchaseRoute? route,
        string? category,
        Guid? supplierId,
        ValueBand? band,
        ComplianceFilter? compliance,
        string? sort,
        Guid? organisationId,
        int? page,
        int? pageSize,
        IOptions<ListCountOptions> counting
    )
    {
        var filter = new PurchaseFilter(
            search,
            status,
            route,
            CpvCode.Normalise(category),
            supplierId,
            band,
            compliance,
            sort == "oldest",
            organisationId
        );
        // Own requests are added only where the user does not already see all purchases: an OR would stop the index
        // ordering the page.
        var all = user.OrganisationsFor(Policies.PurchasesAll);
        var ownElsewhere = user.Memberships.Any(m => !all.Contains(m.OrganisationId));
        var rows = await filter.QueryAsync(db, all, Today(clock), ownElsewhere ? user.Id : null);
        var result = await Paged<PurchaseListRow>.ReadAsync(rows, page, pageSize, counting.Value.CountUpTo);
        return TypedResults.Ok(PageResponse.From(result, PurchaseListItem.From));
    }

    internal static async Task<Results<Ok<PurchaseResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var r = await PurchaseAccess.FindVisibleAsync(db, user, id, Today(clock));
        return r is null ? ApiErrors.NotFound("Purchase") : TypedResults.Ok(PurchaseResponse.From(r));
    }

    internal static async Task<Results<Ok<SameCategoryResponse>, ProblemHttpResult>> SameCategory(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var r = await PurchaseAccess.FindVisibleAsync(db, user, id, Today(clock));
        if (r is null)
            return ApiErrors.NotFound("Purchase");
        return TypedResults.Ok(SameCategoryResponse.From(await SameCategoryPurchases.ForAsync(db, r, ct)));
    }

    internal static async Task<Results<Created<PurchaseResponse>, ValidationProblem>> Create(
        PurchaseDraftRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var errors = new List<FieldError>();
        var organisation = ApiErrors.OrganisationForNew(
            user,
            Policies.Purchase,
            request.OrganisationId,
            "purchases",
            errors
        ) ?? Guid.Empty;
        var now = clock.GetUtcNow();
        var r = new PurchaseRequest
        {
            Description = "",
            RequestedByUserId = user.Id,
            OrganisationId = organisation,
            CreatedAt = now,
            UpdatedAt = now,
        };
        request.ApplyTo(r);
        if (request.Version is not null)
            errors.Add(new FieldError("Version", "Leave out version when starting a purchase"));
        if (errors.Count == 0)
            errors.AddRange(await CheckDraftAsync(db, r, Today(clock)));
        return await ApiCreate.AddAsync(
            db,
            r,
            errors,
            r => $"/api/v1/purchases/{r.Id}",
            r => Task.FromResult(PurchaseResponse.From(r))
        );
    }

    internal static async Task<Results<Ok<PurchaseResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        PurchaseDraftRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var today = Today(clock);
        var (r, refused) = await OwnAsync(db, user, id, today);
        if (r is null)
            return refused!;
        if (PurchaseWorkflow.CanEdit(r) is { Succeeded: false, Error: { } why })
            return CannotChange(why);
        var errors = new List<FieldError>();
        if (request.Version is null)
            errors.Add(new FieldError("Version", "Give the version of the purchase you read"));
        if (request.OrganisationId is { } org && org != r.OrganisationId)
            errors.Add(new FieldError("OrganisationId", "A purchase cannot move to another organisation"));
        request.ApplyTo(r);
        errors.AddRange(await CheckDraftAsync(db, r, today));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        if (request.Version != r.Version)
            return ApiErrors.Conflict("Purchase", r.Version);
        return await SaveAsync(db, user, r, request.Version!.Value, clock);
    }

    internal static async Task<Results<Ok<PurchaseResponse>, ValidationProblem, ProblemHttpResult>> Submit(
        Guid id,
        PurchaseSubmitRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var today = Today(clock);
        var (r, refused) = await OwnAsync(db, user, id, today);
        if (r is null)
            return refused!;
        if (PurchaseWorkflow.CanEdit(r) is { Succeeded: false, Error: { } why })
            return CannotChange(why);
        if (request.Version != r.Version)
            return ApiErrors.Conflict("Purchase", r.Version);
        var errors = await SubmitPurchase.RunAsync(db, r, user.Id, today, clock.GetUtcNow());
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        return await SaveAsync(db, user, r, request.Version, clock);
    }

    internal static Task<Results<Ok<PurchaseResponse>, ValidationProblem, ProblemHttpResult>> Withdraw(
        Guid id,
        PurchaseSubmitRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    ) =>
        ChangeStageAsync(
            id,
            request.Version,
            db,
            user,
            clock,
            "This request cannot be withdrawn",
            r => PurchaseWorkflow.WithdrawRefusal(r, user.Id),
            r =>
            {
                PurchaseWorkflow.Withdraw(r, user.Id);
                return [];
            }
        );

    internal static Task<Results<Ok<PurchaseResponse>, ValidationProblem, ProblemHttpResult>> Cancel(
        Guid id,
        PurchaseCancelRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    ) =>
        ChangeStageAsync(
            id,
            request.Version,
            db,
            user,
            clock,
            "This purchase cannot be cancelled",
            r => PurchaseWorkflow.CancelRefusal(r, user.Id),
            r =>
                [
                    .. PurchaseWorkflow
                        .Cancel(r, user.Id, request.Reason, clock.GetUtcNow())
                        .Select(p => p with { Field = nameof(PurchaseCancelRequest.Reason) }),
                ]
        );

    /// <summary>
    /// Withdrawing or cancelling the user's own request: refused (400, <paramref name="refusedTitle"/> with the
    /// domain's reason) when the workflow does not allow it, 409 when the version is stale, 400 with field errors when
    /// <paramref name="apply"/> finds problems (nothing is saved then), else saved.
    /// </summary>
    private static async Task<Results<Ok<PurchaseResponse>, ValidationProblem, ProblemHttpResult>> ChangeStageAsync(
        Guid id,
        int version,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        string refusedTitle,
        Func<PurchaseRequest, Result> refusal,
        Func<PurchaseRequest, IReadOnlyList<FieldError>> apply
    )
    {
        var (r, refused) = await OwnAsync(db, user, id, Today(clock));
        if (r is null)
            return refused!;
        if (refusal(r) is { Succeeded: false, Error: { } why })
            return Refused(refusedTitle, why);
        if (version != r.Version)
            return ApiErrors.Conflict("Purchase", r.Version);
        if (apply(r) is { Count: > 0 } problems)
            return ApiErrors.Validation(problems);
        return await SaveAsync(db, user, r, version, clock);
    }

    /// <summary>The draft's own checks, the budget head's organisation, and the route worked out when it can be (as the
    /// route page does).</summary>
    private static async Task<IReadOnlyList<FieldError>> CheckDraftAsync(
        AppDbContext db,
        PurchaseRequest r,
        DateOnly today
    )
    {
        var errors = PurchaseRequestRules.ValidateDraft(r).ToList();
        if (r.DateNeeded is { } needed && (needed.Year < 2000 || needed.Year > 2100))
            errors.Add(new FieldError("DateNeeded", "Enter a real date you need it by"));
        errors.AddRange(await PurchaseRouting.BudgetHeadProblemsAsync(db, r));
        if (errors.Count == 0)
            await PurchaseRouting.WorkOutAsync(db, r, today, followRecommendation: false);
        return errors;
    }

    /// <summary>The user's own request, tracked; 404 when they cannot see it, 403 when it is someone else's.</summary>
    private static async Task<(PurchaseRequest? Request, ProblemHttpResult? Refused)> OwnAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        DateOnly today
    )
    {
        var r = await PurchaseAccess.FindVisibleAsync(db, user, id, today, track: true);
        if (r is null)
            return (null, ApiErrors.NotFound("Purchase"));
        if (r.RequestedByUserId != user.Id)
            return (
                null,
                TypedResults.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Not your purchase",
                    detail: "Only the person who asked for a purchase may change, submit, withdraw or cancel it."
                )
            );
        return (r, null);
    }

    private static ProblemHttpResult CannotChange(string why) => Refused("This purchase cannot be changed", why);

    private static ProblemHttpResult Refused(string title, string why) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: why);

    private static async Task<Results<Ok<PurchaseResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        AppDbContext db,
        CurrentUser user,
        PurchaseRequest r,
        int version,
        TimeProvider clock
    )
    {
        r.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, r, version, () =>
            PurchaseAccess.FindVisibleAsync(db, user, r.Id, Today(clock))
        );
        if (!outcome.Saved)
            return outcome.Current is { } latest
                ? ApiErrors.Conflict("Purchase", latest.Version)
                : ApiErrors.NotFound("Purchase");
        return TypedResults.Ok(PurchaseResponse.From(r));
    }

    private static DateOnly Today(TimeProvider clock) => UkCalendar.Today(clock);
}
