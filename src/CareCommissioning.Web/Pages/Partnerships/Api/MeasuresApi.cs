using CareCommissioning.Web.Pages.Partnerships.Measures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>A partnership's measures and their values over JSON (PB-P14, P15), with the pages' rules: seen by every
/// partner, "not found" for everyone else; changed by the host's or the providing partner's writers.</summary>
public static class MeasuresApi
{
    public static RouteGroupBuilder MapMeasuresApi(this RouteGroupBuilder partnerships)
    {
        var g = partnerships.MapGroup("/{id:guid}/measures");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.PartnershipsRead)
            .WithName("ListPartnershipMeasures")
            .WithSummary("The partnership's measures, by name, each with its values oldest first and its progress.");
        g.MapGet("/{measureId:guid}", Get)
            .RequireAuthorization(Policies.PartnershipsRead)
            .WithName("GetPartnershipMeasure")
            .WithSummary("One measure with its values.");
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("CreatePartnershipMeasure")
            .WithSummary("Add a measure the partners agreed; any partner's writers may.");
        g.MapPut("/{measureId:guid}", Update)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("UpdatePartnershipMeasure")
            .WithSummary("Change a measure; send the version you read (409 if someone changed it since).");
        g.MapPut("/{measureId:guid}/values/{period}", RecordValue)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("RecordPartnershipMeasureValue")
            .WithSummary(
                "Record the value for a period (its first day, like 2026-04-01); to replace one, send its version (409 otherwise)."
            );
        return partnerships;
    }

    internal static async Task<Results<Ok<IReadOnlyList<MeasureResponse>>, ProblemHttpResult>> List(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var p = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        if (p is null)
            return ApiErrors.NotFound("Partnership");
        var measures = await db
            .PartnershipMeasures.AsNoTracking()
            .Where(m => m.PartnershipId == id)
            .OrderBy(m => m.Name)
            .ToListAsync();
        var values = await MeasureScope.ValuesAsync(db, measures.Select(m => m.Id).ToList());
        return TypedResults.Ok<IReadOnlyList<MeasureResponse>>(
            measures.Select(m => MeasureResponse.From(m, values[m.Id])).ToList()
        );
    }

    internal static async Task<Results<Ok<MeasureResponse>, ProblemHttpResult>> Get(
        Guid id,
        Guid measureId,
        AppDbContext db,
        CurrentUser user
    )
    {
        var scope = await MeasureScope.FindAsync(db, user, id, measureId);
        return scope is null ? ApiErrors.NotFound("Measure") : TypedResults.Ok(await RespondAsync(db, scope.Measure));
    }

    internal static async Task<Results<Created<MeasureResponse>, ValidationProblem, ProblemHttpResult>> Create(
        Guid id,
        MeasureRequest request,
        AppDbContext db,
        CurrentUser user
    )
    {
        var p = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsWrite);
        if (p is null)
            return ApiErrors.NotFound("Partnership");
        var partners = await PartnershipAccess.PartnersAsync(db, p);
        var details = request.ToDetails();
        var errors = MeasureRules.Validate(details, partners.Select(r => r.Partner.Id).ToList());
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var measure = new PartnershipMeasure { PartnershipId = id, Name = details.Name! };
        details.ApplyTo(measure);
        db.PartnershipMeasures.Add(measure);
        await db.SaveChangesAsync();
        return TypedResults.Created(
            $"/api/v1/partnerships/{id}/measures/{measure.Id}",
            MeasureResponse.From(measure, [])
        );
    }

    internal static async Task<Results<Ok<MeasureResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        Guid measureId,
        MeasureRequest request,
        AppDbContext db,
        CurrentUser user
    )
    {
        var scope = await MeasureScope.FindAsync(db, user, id, measureId, track: true);
        if (scope is null || !scope.CanChange(user))
            return ApiErrors.NotFound("Measure");
        var details = request.ToDetails();
        return await VersionedUpdate.SaveAsync(
            db,
            scope.Measure,
            "Measure",
            request.Version,
            null,
            MeasureRules.Validate(details, scope.Partners.Select(r => r.Partner.Id).ToList()),
            () => details.ApplyTo(scope.Measure),
            () => db.PartnershipMeasures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == measureId),
            () => RespondAsync(db, scope.Measure)
        );
    }

    internal static async Task<Results<Ok<MeasureValueResponse>, ValidationProblem, ProblemHttpResult>> RecordValue(
        Guid id,
        Guid measureId,
        string period,
        MeasureValueRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var scope = await MeasureScope.FindAsync(db, user, id, measureId);
        if (scope is null || !scope.CanRecord(user))
            return ApiErrors.NotFound("Measure");
        var errors = new FieldErrors();
        if (
            !DateOnly.TryParseExact(
                period,
                "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None,
                out var start
            )
        )
            errors.Add("Period", "Give the period as the date it starts, like 2026-04-01");
        else if (
            MeasureRules.RefuseValue(scope.Measure, start, request.Value, UkCalendar.DateOf(clock.GetUtcNow())) is
            { } refusal
        )
            errors.Add(refusal);
        errors.When(
            request.Note?.Length > MeasureValue.NoteMaxLength,
            nameof(request.Note),
            $"The note must be {MeasureValue.NoteMaxLength:N0} characters or fewer"
        );
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        var outcome = await MeasureValueSave.SaveAsync(
            db,
            scope,
            user,
            start,
            request.Value,
            request.Note,
            request.Version ?? 0,
            clock.GetUtcNow()
        );
        return outcome.Saved
            ? TypedResults.Ok(MeasureValueResponse.From(scope.Measure, outcome.Value))
            : ApiErrors.Conflict("Value", outcome.Value.Version);
    }

    private static async Task<MeasureResponse> RespondAsync(AppDbContext db, PartnershipMeasure m) =>
        MeasureResponse.From(m, (await MeasureScope.ValuesAsync(db, [m.Id]))[m.Id]);
}
