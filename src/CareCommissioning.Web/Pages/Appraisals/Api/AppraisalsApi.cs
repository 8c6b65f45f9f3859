using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Appraisals.Api;

/// <summary>Options appraisals: read, start, replace content, move status, read frozen versions (OA-P6…P17). Same rules
/// as the pages.</summary>
public static class AppraisalsApi
{
    public static RouteGroupBuilder MapAppraisalsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/appraisals").WithTags("Options appraisals");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.AppraisalsRead)
            .WithName("ListAppraisals")
            .WithSummary("Appraisals you can see, most recently changed first.");
        g.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.AppraisalsRead)
            .WithName("GetAppraisal")
            .WithSummary(
                "An appraisal's content with its economic case, sensitivity, MCDA and Monte Carlo, worked out by the same code as the pages."
            );
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.AppraisalsWrite)
            .WithName("CreateAppraisal")
            .WithSummary("Start an appraisal: a draft with do nothing on its long list.");
        g.MapPut("/{id:guid}/content", ReplaceContent)
            .RequireAuthorization(Policies.AppraisalsWrite)
            .WithName("ReplaceAppraisalContent")
            .WithSummary(
                "Replace the whole content; send the version you read. Refused once the appraisal has gone for decision."
            );
        g.MapPost("/{id:guid}/status", Move)
            .RequireAuthorization(Policies.AppraisalsWrite)
            .WithName("MoveAppraisal")
            .WithSummary(
                "Move the appraisal to its next status (not Decided, which the decision maker records); the version is frozen."
            );
        g.MapGet("/{id:guid}/versions/{number:int}", Version)
            .RequireAuthorization(Policies.AppraisalsRead)
            .WithName("GetAppraisalVersion")
            .WithSummary("A frozen version, exactly as it stood when its status changed.");
        return api;
    }

    internal static async Task<Ok<PageResponse<AppraisalSummaryResponse>>> List(
        AppDbContext db,
        CurrentUser user,
        int? page,
        int? pageSize
    )
    {
        var visible = user.OrganisationsFor(Policies.AppraisalsRead);
        var result = await Paged<AppraisalSummaryResponse>.ReadAsync(
            db.Appraisals.AsNoTracking()
                .Where(a => visible.Contains(a.OrganisationId))
                .OrderByDescending(a => a.UpdatedAt)
                .ThenBy(a => a.Id)
                .Select(a => new AppraisalSummaryResponse(
                    a.Id,
                    a.Title,
                    a.Status,
                    a.BaseYear,
                    a.HorizonYears,
                    a.Version,
                    a.UpdatedAt
                )),
            page,
            pageSize
        );
        return TypedResults.Ok(PageResponse.From(result));
    }

    internal static async Task<Results<Ok<AppraisalResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user
    ) =>
        await AppraisalAccess.FindVisibleAsync(db, user, id, Policies.AppraisalsRead) is { } a
            ? TypedResults.Ok(AppraisalMapping.From(a))
            : ApiErrors.NotFound("Appraisal");

    internal static async Task<Results<Created<AppraisalResponse>, ValidationProblem>> Create(
        AppraisalCreateRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var errors = AppraisalRules
            .ValidateSetting(request.Title, request.BaseYear, request.HorizonYears, request.Schedule)
            .ToList();
        var organisation = ApiErrors.OrganisationForNew(
            user,
            Policies.AppraisalsWrite,
            request.OrganisationId,
            "appraisals",
            errors
        ) ?? Guid.Empty;
        if (
            request.ServiceLineId is { } line
            && !await db.ServiceLines.AnyAsync(s => s.Id == line && s.OrganisationId == organisation)
        )
            errors.Add(new FieldError("ServiceLineId", "Give the id of one of your organisation's service lines"));
        if (request.Purpose?.Length > AppraisalRules.TextMaxLength)
            errors.Add(
                new FieldError("Purpose", $"Purpose must be {AppraisalRules.TextMaxLength:N0} characters or fewer")
            );
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var now = clock.GetUtcNow();
        var a = new Appraisal
        {
            OrganisationId = organisation,
            Title = request.Title!.Trim(),
            ServiceLineId = request.ServiceLineId,
            BaseYear = request.BaseYear!.Value,
            HorizonYears = request.HorizonYears!.Value,
            Schedule = request.Schedule!.ToLowerInvariant(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        a.Content.Purpose = request.Purpose?.Trim();
        return await ApiCreate.AddAsync(
            db,
            a,
            [],
            a => $"/api/v1/appraisals/{a.Id}",
            a => Task.FromResult(AppraisalMapping.From(a))
        );
    }

    internal static async Task<Results<Ok<AppraisalResponse>, ValidationProblem, ProblemHttpResult>> ReplaceContent(
        Guid id,
        AppraisalContentRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var a = await AppraisalAccess.FindVisibleAsync(db, user, id, Policies.AppraisalsWrite, track: true);
        if (a is null)
            return ApiErrors.NotFound("Appraisal");
        if (!a.Editable)
            return Locked();
        var errors = new List<FieldError>();
        if (request.Version is null)
            errors.Add(new("Version", "Give the version of the appraisal you read"));
        if (request.Content is null)
            errors.Add(new("Content", "Give the content of the appraisal"));
        else
            errors.AddRange(AppraisalContentRules.Validate(request.Content, a.HorizonYears));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        // The decision is the decision maker's alone; content cannot set it.
        request.Content!.Decision = a.Content.Decision;
        a.Content = request.Content;
        a.UpdatedAt = clock.GetUtcNow();
        return await SaveAsync(db, user, a, request.Version!.Value);
    }

    internal static async Task<Results<Ok<AppraisalResponse>, ValidationProblem, ProblemHttpResult>> Move(
        Guid id,
        AppraisalStatusRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var a = await AppraisalAccess.FindVisibleAsync(db, user, id, Policies.AppraisalsWrite, track: true);
        if (a is null)
            return ApiErrors.NotFound("Appraisal");
        if (request.Version is null || request.To is not { } to || !Enum.IsDefined(to))
            return ApiErrors.Validation([new("To", "Give the status to move to and the version you read")]);
        var from = a.Status;
        var blockers =
            to == AppraisalStatus.Decided
                ? ["Only the decision maker can record a decision, on the decision page"]
                : AppraisalWorkflow.Move(a, to);
        if (blockers.Count > 0)
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["to"] = [.. blockers] },
                title: "The appraisal cannot move yet"
            );
        a.UpdatedAt = clock.GetUtcNow();
        await AppraisalAccess.FreezeAsync(
            db,
            a,
            user.DisplayName,
            a.UpdatedAt,
            $"Moved from {AppraisalStatusNames.Display(from).ToLowerInvariant()} to {AppraisalStatusNames.Display(to).ToLowerInvariant()}"
        );
        return await SaveAsync(db, user, a, request.Version.Value);
    }

    internal static async Task<Results<Ok<AppraisalVersionResponse>, ProblemHttpResult>> Version(
        Guid id,
        int number,
        AppDbContext db,
        CurrentUser user
    )
    {
        if (await AppraisalAccess.FindVisibleAsync(db, user, id, Policies.AppraisalsRead) is null)
            return ApiErrors.NotFound("Appraisal");
        var v = await db
            .AppraisalVersions.AsNoTracking()
            .FirstOrDefaultAsync(x => x.AppraisalId == id && x.Number == number);
        return v is null
            ? ApiErrors.NotFound("Version")
            : TypedResults.Ok(
                new AppraisalVersionResponse(v.Number, v.Status, v.Title, v.FrozenAt, v.FrozenBy, v.Note, v.Content)
            );
    }

    private static async Task<Results<Ok<AppraisalResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        AppDbContext db,
        CurrentUser user,
        Appraisal a,
        int version
    )
    {
        var outcome = await VersionedSave.SaveAsync(db, a, version, () =>
            AppraisalAccess.FindVisibleAsync(db, user, a.Id, Policies.AppraisalsRead)
        );
        if (!outcome.Saved)
            return outcome.Current is { } latest
                ? ApiErrors.Conflict("Appraisal", latest.Version)
                : ApiErrors.NotFound("Appraisal");
        return TypedResults.Ok(AppraisalMapping.From(a));
    }

    private static ProblemHttpResult Locked() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The appraisal cannot be changed",
            detail: "It has gone for decision. Move it back to engagement closed to change it."
        );
}
