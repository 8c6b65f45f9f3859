using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Api;

/// <summary>
/// The end every API update of a shared record takes: 400 with all its field errors (the version it was read at is
/// required, and a record owned by an organisation stays in it), 409 when that version is not the one saved, or when
/// someone else saves first; otherwise the change is applied and saved, and the record is answered.
/// </summary>
public static class VersionedUpdate
{
    /// <param name="what">The record as a title names it, like "Budget head".</param>
    /// <param name="organisationAsked">The organisation the request names, where the API lets it be named; null when it
    /// does not.</param>
    /// <param name="apply">Puts the request onto the tracked record, once it has been found acceptable.</param>
    public static async Task<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync<T, TResponse>(
        AppDbContext db,
        T record,
        string what,
        int? version,
        Guid? organisationAsked,
        IEnumerable<FieldError> errors,
        Action apply,
        Func<Task<T?>> readCurrent,
        Func<Task<TResponse>> respond
    )
        where T : class, IVersioned
    {
        var problems = new FieldErrors();
        problems.AddRange(errors);
        problems.When(
            version is null,
            nameof(IVersioned.Version),
            $"Give the version of the {what.ToLowerInvariant()} you read"
        );
        problems.When(
            organisationAsked is { } asked && record is IOrganisationOwned owned && asked != owned.OrganisationId,
            nameof(IOrganisationOwned.OrganisationId),
            $"A {what.ToLowerInvariant()} cannot move to another organisation"
        );
        if (problems.Count > 0)
            return ApiErrors.Validation(problems);
        if (version != record.Version)
            return ApiErrors.Conflict(what, record.Version);

        apply();
        var outcome = await VersionedSave.SaveAsync(db, record, version!.Value, readCurrent);
        if (!outcome.Saved)
            return outcome.Current is { } latest ? ApiErrors.Conflict(what, latest.Version) : ApiErrors.NotFound(what);
        return TypedResults.Ok(await respond());
    }
}
