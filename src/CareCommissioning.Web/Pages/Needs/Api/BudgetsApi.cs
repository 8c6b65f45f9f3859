using CareCommissioning.Web.Pages.Needs.Budgets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Needs.Api;

/// <summary>Budget heads and their money by year (OA-P3), and virements between them with approval (OA-P3,
/// P11).</summary>
public static class BudgetsApi
{
    public const decimal MaxAllocation = AllocationsModel.MaxAmount;

    public sealed record AllocationResponse(int Year, string FinancialYear, decimal Amount, string? Note);

    public sealed record BudgetHeadResponse(
        Guid Id,
        Guid OrganisationId,
        string Name,
        string? Code,
        FundingSource Source,
        string? Description,
        bool Archived,
        int Version,
        IReadOnlyList<AllocationResponse> Allocations
    );

    public sealed record BudgetHeadRequest(
        string? Name,
        string? Code,
        FundingSource? Source,
        string? Description,
        Guid? OrganisationId,
        int? Version
    );

    public sealed record AllocationRequest(int Year, decimal Amount, string? Note);

    public sealed record VirementRequest(Guid? FromHeadId, Guid? ToHeadId, int? Year, decimal? Amount, string? Reason);

    public sealed record VirementDecisionRequest(bool? Approve, string? Note);

    public sealed record VirementResponse(
        Guid Id,
        Guid FromHeadId,
        Guid ToHeadId,
        int Year,
        string FinancialYear,
        decimal Amount,
        string Reason,
        VirementStatus Status,
        string RequestedBy,
        DateTimeOffset RequestedAt,
        string? DecidedBy,
        DateTimeOffset? DecidedAt,
        string? DecisionNote
    )
    {
        public static VirementResponse From(Virement v) =>
            new(
                v.Id,
                v.FromHeadId,
                v.ToHeadId,
                v.Year,
                new FinancialYear(v.Year).ToString(),
                v.Amount,
                v.Reason,
                v.Status,
                v.RequestedBy,
                v.RequestedAt,
                v.DecidedBy,
                v.DecidedAt,
                v.DecisionNote
            );
    }

    public static RouteGroupBuilder MapBudgetsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Needs and money");
        g.MapGet("/budget-heads", List)
            .RequireAuthorization(Policies.NeedsRead)
            .WithName("ListBudgetHeads")
            .WithSummary(
                "Budget heads you can see, with their money by financial year; archived=true includes archived heads."
            );
        g.MapGet("/budget-heads/{id:guid}", Get).RequireAuthorization(Policies.NeedsRead).WithName("GetBudgetHead");
        g.MapPost("/budget-heads", Create)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("CreateBudgetHead")
            .WithSummary("Add a budget head; give organisationId when you work for more than one organisation.");
        g.MapPut("/budget-heads/{id:guid}", Update)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("UpdateBudgetHead")
            .WithSummary(
                "Rename or re-describe a budget head; send the version you read (409 if someone changed it since)."
            );
        g.MapPut("/budget-heads/{id:guid}/allocations", ReplaceAllocations)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("ReplaceBudgetAllocations")
            .WithSummary("Replace the money by financial year; a year left out is removed. All or nothing.");
        g.MapPost("/budget-heads/{id:guid}/archive", (Guid id, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                SetArchived(id, true, db, user, clock)
            )
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("ArchiveBudgetHead")
            .WithSummary("Archive a budget head (reversible; refused while virements on it wait for a decision).");
        g.MapPost("/budget-heads/{id:guid}/restore", (Guid id, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                SetArchived(id, false, db, user, clock)
            )
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("RestoreBudgetHead")
            .WithSummary("Restore an archived budget head.");
        g.MapGet("/virements", Virements)
            .RequireAuthorization(Policies.NeedsRead)
            .WithName("ListVirements")
            .WithSummary("Virements you can see, newest first.");
        g.MapPost("/virements", RequestVirement)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("RequestVirement")
            .WithSummary(
                "Ask to move money between two budget heads in one financial year, with a reason; nothing moves until it is approved."
            );
        g.MapPost("/virements/{id:guid}/decision", Decide)
            .RequireAuthorization(Policies.ApproveVirements)
            .WithName("DecideVirement")
            .WithSummary(
                "Approve or reject a virement (a finance officer or decision maker other than the requester); approval moves the money on both heads."
            );
        return api;
    }

    internal static async Task<Ok<IReadOnlyList<BudgetHeadResponse>>> List(
        AppDbContext db,
        CurrentUser user,
        bool? archived
    )
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        var heads = await db
            .BudgetHeads.AsNoTracking()
            .Where(h => visible.Contains(h.OrganisationId) && (archived == true || !h.Archived))
            .OrderBy(h => h.Name)
            .ToListAsync();
        return TypedResults.Ok(await WithAllocationsAsync(db, heads));
    }

    internal static async Task<Results<Ok<BudgetHeadResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsRead);
        return head is null
            ? ApiErrors.NotFound("Budget head")
            : TypedResults.Ok((await WithAllocationsAsync(db, [head]))[0]);
    }

    internal static async Task<Results<Created<BudgetHeadResponse>, ValidationProblem>> Create(
        BudgetHeadRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        return await ApiCreate.BuildThenAddAsync(
            db,
            user,
            clock,
            new(Policies.NeedsWrite, request.OrganisationId, "budget heads"),
            (organisation, now) =>
            {
                var head = new BudgetHead
                {
                    Name = "",
                    OrganisationId = organisation,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                Apply(request, head);
                return head;
            },
            BudgetHead.Validate,
            head => $"/api/v1/budget-heads/{head.Id}",
            async head => (await WithAllocationsAsync(db, [head]))[0]
        );
    }

    internal static async Task<Results<Ok<BudgetHeadResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        BudgetHeadRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (head is null)
            return ApiErrors.NotFound("Budget head");
        Apply(request, head);
        return await VersionedUpdate.SaveAsync(
            db,
            head,
            "Budget head",
            request.Version,
            request.OrganisationId,
            BudgetHead.Validate(head),
            () => head.UpdatedAt = clock.GetUtcNow(),
            () => db.BudgetHeads.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id),
            async () => (await WithAllocationsAsync(db, [head]))[0]
        );
    }

    internal static async Task<
        Results<Ok<BudgetHeadResponse>, ValidationProblem, ProblemHttpResult>
    > ReplaceAllocations(
        Guid id,
        IReadOnlyList<AllocationRequest>? request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (head is null)
            return ApiErrors.NotFound("Budget head");
        var rows = request ?? [];
        var errors = new FieldErrors();
        errors.When(rows.Count > 50, "", "Give no more than 50 years");
        for (var i = 0; i < rows.Count && errors.Count == 0; i++)
        {
            var r = rows[i];
            if (r.Year is < 2000 or > 2100)
                errors.Add($"[{i}].Year", "Years must be between 2000 and 2100 (the year a financial year starts)");
            if (r.Amount < 0 || r.Amount > MaxAllocation)
                errors.Add($"[{i}].Amount", "Amount must be between £0 and £100 billion");
            if (r.Note?.Length > 500)
                errors.Add($"[{i}].Note", "Note must be 500 characters or fewer");
            if (rows.Take(i).Any(x => x.Year == r.Year))
                errors.Add($"[{i}].Year", $"{new FinancialYear(r.Year)} is given twice");
        }
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var existing = await db.BudgetAllocations.Where(a => a.BudgetHeadId == id).ToListAsync();
        foreach (var a in existing.Where(a => rows.All(r => r.Year != a.Year)))
            db.BudgetAllocations.Remove(a);
        var added = new List<int>();
        foreach (var r in rows)
        {
            var a = existing.FirstOrDefault(x => x.Year == r.Year);
            if (a is null)
            {
                db.BudgetAllocations.Add(a = new BudgetAllocation { BudgetHeadId = id, Year = r.Year });
                added.Add(r.Year);
            }
            a.Amount = r.Amount;
            a.Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
        }
        head.UpdatedAt = clock.GetUtcNow();
        if (!await AllocationSave.TrySaveAsync(db, id, added))
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The budget head or its money changed at the same time",
                detail: "Someone else changed the budget head or its money (a virement was approved, say) while "
                    + "yours was being saved, so nothing was saved. Read the budget head again, then send your amounts."
            );
        return TypedResults.Ok((await WithAllocationsAsync(db, [head]))[0]);
    }

    internal static async Task<Results<Ok<BudgetHeadResponse>, ProblemHttpResult>> SetArchived(
        Guid id,
        bool archived,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (head is null)
            return ApiErrors.NotFound("Budget head");
        if (
            archived
            && await db.Virements.AnyAsync(v =>
                v.Status == VirementStatus.Requested && (v.FromHeadId == id || v.ToHeadId == id)
            )
        )
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Virements are waiting on this budget head",
                detail: "Have the virements on this budget head approved or rejected before you archive it."
            );
        head.Archived = archived;
        head.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return TypedResults.Ok((await WithAllocationsAsync(db, [head]))[0]);
    }

    internal static async Task<Ok<IReadOnlyList<VirementResponse>>> Virements(
        AppDbContext db,
        CurrentUser user,
        VirementStatus? status
    )
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        var list = await db
            .Virements.AsNoTracking()
            .Where(v => visible.Contains(v.OrganisationId) && (status == null || v.Status == status))
            .OrderByDescending(v => v.RequestedAt)
            .Take(500)
            .ToListAsync();
        return TypedResults.Ok<IReadOnlyList<VirementResponse>>(list.Select(VirementResponse.From).ToList());
    }

    internal static async Task<Results<Created<VirementResponse>, ValidationProblem>> RequestVirement(
        VirementRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var v = new Virement
        {
            FromHeadId = request.FromHeadId ?? Guid.Empty,
            ToHeadId = request.ToHeadId ?? Guid.Empty,
            Year = request.Year ?? 0,
            Amount = request.Amount ?? 0m,
            Reason = request.Reason?.Trim() ?? "",
            RequestedBy = "",
        };
        var errors = await new VirementCommands(db, user, clock).RequestAsync(v);
        return errors.Count > 0
            ? ApiErrors.Validation(errors)
            : TypedResults.Created($"/api/v1/virements/{v.Id}", VirementResponse.From(v));
    }

    internal static async Task<Results<Ok<VirementResponse>, ValidationProblem, ProblemHttpResult>> Decide(
        Guid id,
        VirementDecisionRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var v = await db.Virements.FirstOrDefaultAsync(x => x.Id == id);
        if (v is null || !user.Can(Policies.NeedsRead, v.OrganisationId))
            return ApiErrors.NotFound("Virement");
        if (request.Approve is not { } approve)
            return ApiErrors.Validation([
                new FieldError("Approve", "Say whether you approve the virement (true) or reject it (false)"),
            ]);
        if (await new VirementCommands(db, user, clock).DecideAsync(v, approve, request.Note) is { } refusal)
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The virement cannot be decided",
                detail: refusal
            );
        return TypedResults.Ok(VirementResponse.From(v));
    }

    private static void Apply(BudgetHeadRequest r, BudgetHead h)
    {
        h.Name = r.Name?.Trim() ?? "";
        h.Code = string.IsNullOrWhiteSpace(r.Code) ? null : r.Code.Trim();
        h.Source = r.Source ?? 0;
        h.Description = string.IsNullOrWhiteSpace(r.Description) ? null : r.Description.Trim();
    }

    private static async Task<IReadOnlyList<BudgetHeadResponse>> WithAllocationsAsync(
        AppDbContext db,
        IReadOnlyList<BudgetHead> heads
    )
    {
        var ids = heads.Select(h => h.Id).ToList();
        var allocations = await db
            .BudgetAllocations.AsNoTracking()
            .Where(a => ids.Contains(a.BudgetHeadId))
            .OrderBy(a => a.Year)
            .ToListAsync();
        return heads
            .Select(h => new BudgetHeadResponse(
                h.Id,
                h.OrganisationId,
                h.Name,
                h.Code,
                h.Source,
                h.Description,
                h.Archived,
                h.Version,
                allocations
                    .Where(a => a.BudgetHeadId == h.Id)
                    .Select(a => new AllocationResponse(a.Year, new FinancialYear(a.Year).ToString(), a.Amount, a.Note))
                    .ToList()
            ))
            .ToList();
    }
}
