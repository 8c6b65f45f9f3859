using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Api;

/// <summary>
/// The end every API create of a shared record takes, the counterpart of <see cref="VersionedUpdate"/>: the new record
/// goes in the organisation the user may add it to (<see cref="ApiErrors.OrganisationForNew"/>), stamped with the
/// clock's time as created and updated; 400 with all its field errors, otherwise it is added, saved and answered 201
/// with where it now lives.
/// </summary>
public static class ApiCreate
{
    /// <summary>The organisation the new record may go in, named by the policy that allows adding it; the records are
    /// named in the plural, like "risks".</summary>
    public sealed record Into(string Policy, Guid? OrganisationAsked, string Things);

    /// <summary>Where the request is checked before the record is built: the organisation's errors first, then those
    /// <paramref name="check"/> finds; <paramref name="build"/> runs only when there are none.</summary>
    public static Task<Results<Created<TResponse>, ValidationProblem>> CheckThenAddAsync<T, TResponse>(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        Into into,
        Func<DateTimeOffset, IEnumerable<FieldError>> check,
        Func<Guid, DateTimeOffset, T> build,
        Func<T, string> location,
        Func<T, Task<TResponse>> respond
    )
        where T : class
    {
        var errors = new List<FieldError>();
        var organisation = ApiErrors.OrganisationForNew(user, into.Policy, into.OrganisationAsked, into.Things, errors);
        var now = clock.GetUtcNow();
        errors.AddRange(check(now));
        return errors.Count > 0
            ? Task.FromResult<Results<Created<TResponse>, ValidationProblem>>(ApiErrors.Validation(errors))
            : AddAsync(db, build(organisation!.Value, now), [], location, respond);
    }

    /// <summary>Where the built record is checked: it is built (in no organisation when none could be settled), then
    /// <paramref name="validate"/>'s errors come first and the organisation's after them.</summary>
    public static Task<Results<Created<TResponse>, ValidationProblem>> BuildThenAddAsync<T, TResponse>(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        Into into,
        Func<Guid, DateTimeOffset, T> build,
        Func<T, IEnumerable<FieldError>> validate,
        Func<T, string> location,
        Func<T, Task<TResponse>> respond
    )
        where T : class
    {
        var now = clock.GetUtcNow();
        var problems = new List<FieldError>();
        var organisation = ApiErrors.OrganisationForNew(
            user,
            into.Policy,
            into.OrganisationAsked,
            into.Things,
            problems
        );
        var record = build(organisation ?? Guid.Empty, now);
        var errors = validate(record).ToList();
        errors.AddRange(problems);
        return AddAsync(db, record, errors, location, respond);
    }

    /// <summary>400 with <paramref name="errors"/> if there are any; otherwise adds and saves the record and answers
    /// 201 at <paramref name="location"/>.</summary>
    public static async Task<Results<Created<TResponse>, ValidationProblem>> AddAsync<T, TResponse>(
        AppDbContext db,
        T record,
        IReadOnlyCollection<FieldError> errors,
        Func<T, string> location,
        Func<T, Task<TResponse>> respond
    )
        where T : class
    {
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        db.Add(record);
        await db.SaveChangesAsync();
        return TypedResults.Created(location(record), await respond(record));
    }
}
