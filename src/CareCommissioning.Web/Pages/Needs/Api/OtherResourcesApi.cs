using CareCommissioning.Web.Pages.Needs.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Needs.Api;

/// <summary>Resources other than money (OA-P3, P10, P11) and what they are committed to, with the impact of each new
/// commitment.</summary>
public static class OtherResourcesApi
{
    public sealed record ResourceRequest(
        string? Name,
        OtherResourceKind? Kind,
        string? Unit,
        int? Year,
        decimal? Available,
        string? Notes,
        Guid? OrganisationId,
        int? Version
    );

    public sealed record CommitmentRequest(
        string? Purpose,
        Guid? AppraisalId,
        decimal? Quantity,
        bool? ConfirmOverCommit,
        int? Version
    );

    public sealed record CommitmentResponse(Guid Id, string Purpose, Guid? AppraisalId, decimal Quantity);

    public sealed record ResourceResponse(
        Guid Id,
        Guid OrganisationId,
        string Name,
        OtherResourceKind Kind,
        string Unit,
        int Year,
        string FinancialYear,
        decimal Available,
        decimal Committed,
        decimal Remaining,
        string? Notes,
        IReadOnlyList<CommitmentResponse> Commitments,
        int Version,
        string? Impact = null
    )
    {
        public static ResourceResponse From(OtherResource r, string? impact = null) =>
            new(
                r.Id,
                r.OrganisationId,
                r.Name,
                r.Kind,
                r.Unit,
                r.Year,
                new FinancialYear(r.Year).ToString(),
                r.Available,
                r.Committed,
                r.Remaining,
                r.Notes,
                r.Uses.Select(u => new CommitmentResponse(u.Id, u.Purpose, u.AppraisalId, u.Quantity)).ToList(),
                r.Version,
                impact
            );
    }

    public static RouteGroupBuilder MapOtherResourcesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/other-resources").WithTags("Needs and money");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.NeedsRead)
            .WithName("ListOtherResources")
            .WithSummary("Staff, buildings, time and equipment by year, with what is committed and left.");
        g.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.NeedsRead).WithName("GetOtherResource");
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("CreateOtherResource")
            .WithSummary("Add a resource; give organisationId when you work for more than one organisation.");
        g.MapPut("/{id:guid}", Update)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("UpdateOtherResource")
            .WithSummary(
                "Change a resource's description or amount; send the version you read (409 if someone changed it since)."
            );
        g.MapPost("/{id:guid}/commitments", Commit)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("CommitOtherResource")
            .WithSummary(
                "Commit part of a resource to a priority; the answer says what it leaves. More than is left needs confirmOverCommit."
            );
        g.MapDelete("/{id:guid}/commitments/{commitmentId:guid}", Release)
            .RequireAuthorization(Policies.NeedsWrite)
            .WithName("ReleaseOtherResource")
            .WithSummary(
                "Release a commitment so what it held is free again; send ?version= of the resource you read."
            );
        return api;
    }

    internal static async Task<Ok<IReadOnlyList<ResourceResponse>>> List(AppDbContext db, CurrentUser user, int? year)
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        var list = await db
            .OtherResources.AsNoTracking()
            .Where(r => visible.Contains(r.OrganisationId) && (year == null || r.Year == year))
            .OrderBy(r => r.Year)
            .ThenBy(r => r.Name)
            .Take(1000)
            .ToListAsync();
        return TypedResults.Ok<IReadOnlyList<ResourceResponse>>(list.Select(r => ResourceResponse.From(r)).ToList());
    }

    internal static async Task<Results<Ok<ResourceResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var r = await FindAsync(db, user, id, Policies.NeedsRead, track: false);
        return r is null ? ApiErrors.NotFound("Resource") : TypedResults.Ok(ResourceResponse.From(r));
    }

    internal static async Task<Results<Created<ResourceResponse>, ValidationProblem>> Create(
        ResourceRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        return await ApiCreate.BuildThenAddAsync(
            db,
            user,
            clock,
            new(Policies.NeedsWrite, request.OrganisationId, "resources"),
            (organisation, now) =>
            {
                var r = new OtherResource
                {
                    Name = "",
                    Unit = "",
                    OrganisationId = organisation,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                Apply(request, r);
                return r;
            },
            OtherResource.Validate,
            r => $"/api/v1/other-resources/{r.Id}",
            r => Task.FromResult(ResourceResponse.From(r))
        );
    }

    internal static async Task<Results<Ok<ResourceResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        ResourceRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var r = await FindAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (r is null)
            return ApiErrors.NotFound("Resource");
        Apply(request, r);
        return await VersionedUpdate.SaveAsync(
            db,
            r,
            "Resource",
            request.Version,
            request.OrganisationId,
            OtherResource.Validate(r),
            () => r.UpdatedAt = clock.GetUtcNow(),
            () => db.OtherResources.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id),
            () => Task.FromResult(ResourceResponse.From(r))
        );
    }

    internal static async Task<Results<Ok<ResourceResponse>, ValidationProblem, ProblemHttpResult>> Commit(
        Guid id,
        CommitmentRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var r = await FindAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (r is null)
            return ApiErrors.NotFound("Resource");
        var errors = new FieldErrors();
        errors.When(request.Version is null, nameof(request.Version), "Give the version of the resource you read");
        if (
            request.AppraisalId is { } a
            && !await db.Appraisals.AnyAsync(x => x.Id == a && x.OrganisationId == r.OrganisationId)
        )
            errors.Add(
                nameof(request.AppraisalId),
                "There is no appraisal with that id in the resource's organisation"
            );
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var outcome = await new ResourceCommitments(db, clock).CommitAsync(
            r,
            request.Version!.Value,
            request.Purpose,
            request.AppraisalId,
            request.Quantity ?? 0m,
            request.ConfirmOverCommit == true
        );
        return await Answer(outcome, r, db, id);
    }

    internal static async Task<Results<Ok<ResourceResponse>, ValidationProblem, ProblemHttpResult>> Release(
        Guid id,
        Guid commitmentId,
        int? version,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var r = await FindAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (r is null)
            return ApiErrors.NotFound("Resource");
        if (version is null)
            return ApiErrors.Validation([
                new FieldError("Version", "Give the version of the resource you read, as ?version="),
            ]);
        if (r.Uses.All(u => u.Id != commitmentId))
            return ApiErrors.NotFound("Commitment");
        return await Answer(
            await new ResourceCommitments(db, clock).ReleaseAsync(r, version.Value, commitmentId),
            r,
            db,
            id
        );
    }

    private static async Task<Results<Ok<ResourceResponse>, ValidationProblem, ProblemHttpResult>> Answer(
        ResourceCommitments.Outcome outcome,
        OtherResource r,
        AppDbContext db,
        Guid id
    )
    {
        if (outcome.Errors.Count > 0)
            return ApiErrors.Validation(outcome.Errors);
        if (outcome.Conflict)
            return await db.OtherResources.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id) is { } latest
                ? ApiErrors.Conflict("Resource", latest.Version)
                : ApiErrors.NotFound("Resource");
        return TypedResults.Ok(ResourceResponse.From(r, outcome.Impact));
    }

    private static async Task<OtherResource?> FindAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy,
        bool track
    )
    {
        var query = track ? db.OtherResources : db.OtherResources.AsNoTracking();
        var r = await query.FirstOrDefaultAsync(x => x.Id == id);
        return r is not null && user.Can(policy, r.OrganisationId) ? r : null;
    }

    private static void Apply(ResourceRequest q, OtherResource r)
    {
        r.Name = q.Name?.Trim() ?? "";
        r.Kind = q.Kind ?? 0;
        r.Unit = q.Unit?.Trim() ?? "";
        r.Year = q.Year ?? 0;
        r.Available = q.Available ?? -1m;
        r.Notes = string.IsNullOrWhiteSpace(q.Notes) ? null : q.Notes.Trim();
    }
}
