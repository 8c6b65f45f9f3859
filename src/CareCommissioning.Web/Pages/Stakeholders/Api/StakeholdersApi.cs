using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Pages.Stakeholders.Api;

/// <summary>The stakeholder register over JSON, with the same rules, filters and visibility as the pages.</summary>
public static class StakeholdersApi
{
    public static RouteGroupBuilder MapStakeholdersApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/stakeholders").WithTags("Stakeholders");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.StakeholdersRead)
            .WithName("ListStakeholders")
            .WithSummary("Stakeholders you can see, filtered and paged, sorted by name.");
        g.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.StakeholdersRead)
            .WithName("GetStakeholder")
            .WithSummary("One stakeholder.");
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.StakeholdersWrite)
            .WithName("CreateStakeholder")
            .WithSummary("Add a stakeholder.");
        g.MapPut("/{id:guid}", Update)
            .RequireAuthorization(Policies.StakeholdersWrite)
            .WithName("UpdateStakeholder")
            .WithSummary(
                "Replace a stakeholder's details; send the version you read (409 if someone changed it since)."
            );
        g.MapPost("/{id:guid}/archive", (Guid id, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                SetArchived(id, true, db, user, clock)
            )
            .RequireAuthorization(Policies.StakeholdersWrite)
            .WithName("ArchiveStakeholder")
            .WithSummary("Archive a stakeholder (reversible).");
        g.MapPost("/{id:guid}/restore", (Guid id, AppDbContext db, CurrentUser user, TimeProvider clock) =>
                SetArchived(id, false, db, user, clock)
            )
            .RequireAuthorization(Policies.StakeholdersWrite)
            .WithName("RestoreStakeholder")
            .WithSummary("Restore an archived stakeholder.");
        return api;
    }

    internal static async Task<Ok<PageResponse<StakeholderResponse>>> List(
        AppDbContext db,
        CurrentUser user,
        string? search,
        StakeholderType? type,
        bool? hasNeeds,
        bool? consent,
        bool? archived,
        Guid? organisationId,
        int? page,
        int? pageSize,
        IOptions<ListCountOptions> counting
    )
    {
        var query = new StakeholderSearch(search, type, hasNeeds, consent, archived == true, organisationId).Apply(
            db.Stakeholders.AsNoTracking(),
            user.OrganisationsFor(Policies.StakeholdersRead)
        );
        var result = await Paged<Stakeholder>.ReadAsync(query, page, pageSize, counting.Value.CountUpTo);
        return TypedResults.Ok(PageResponse.From(result, StakeholderResponse.From));
    }

    internal static async Task<Results<Ok<StakeholderResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var s = await StakeholderAccess.FindVisibleAsync(db, user, id, Policies.StakeholdersRead);
        return s is null ? ApiErrors.NotFound("Stakeholder") : TypedResults.Ok(StakeholderResponse.From(s));
    }

    internal static async Task<Results<Created<StakeholderResponse>, ValidationProblem>> Create(
        StakeholderRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var details = request.ToDetails();
        return await ApiCreate.CheckThenAddAsync(
            db,
            user,
            clock,
            new(Policies.StakeholdersWrite, request.OrganisationId, "stakeholders"),
            now => StakeholderRules.Validate(details, UkCalendar.DateOf(now)),
            (organisation, now) =>
            {
                var s = new Stakeholder
                {
                    Name = details.Name!,
                    OrganisationId = organisation,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                details.ApplyTo(s);
                return s;
            },
            s => $"/api/v1/stakeholders/{s.Id}",
            s => Task.FromResult(StakeholderResponse.From(s))
        );
    }

    internal static async Task<Results<Ok<StakeholderResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        StakeholderRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var s = await StakeholderAccess.FindVisibleAsync(db, user, id, Policies.StakeholdersWrite, track: true);
        if (s is null)
            return ApiErrors.NotFound("Stakeholder");
        var now = clock.GetUtcNow();
        var details = request.ToDetails();
        return await VersionedUpdate.SaveAsync(
            db,
            s,
            "Stakeholder",
            request.Version,
            request.OrganisationId,
            StakeholderRules.Validate(details, Domain.Common.UkCalendar.DateOf(now)),
            () =>
            {
                details.ApplyTo(s);
                s.UpdatedAt = now;
            },
            () => db.Stakeholders.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id),
            () => Task.FromResult(StakeholderResponse.From(s))
        );
    }

    private static async Task<Results<Ok<StakeholderResponse>, ProblemHttpResult>> SetArchived(
        Guid id,
        bool archived,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var s = await StakeholderAccess.FindVisibleAsync(db, user, id, Policies.StakeholdersWrite, track: true);
        if (s is null)
            return ApiErrors.NotFound("Stakeholder");
        if (s.Archived != archived)
        {
            s.Archived = archived;
            s.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync();
        }
        return TypedResults.Ok(StakeholderResponse.From(s));
    }
}
