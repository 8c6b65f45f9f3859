using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Api;

/// <summary>Problem details the feature APIs share.</summary>
public static class ApiErrors
{
    /// <summary>Field errors keyed by the JSON member name (camelCase), as the request spelled it.</summary>
    public static ValidationProblem Validation(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => JsonName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Some answers need correcting"
        );

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{what} not found",
            detail: $"There is no {what.ToLowerInvariant()} with that id that you can see."
        );

    public static ProblemHttpResult Conflict(string what, int currentVersion) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Someone else changed this record",
            detail: $"The {what.ToLowerInvariant()} was changed after you read it; it is now at version {currentVersion}. Read it again, then send your changes with that version.",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion }
        );

    /// <summary>
    /// The organisation a new record goes to (see <see
    /// cref="Infrastructure.Identity.CurrentUser.OrganisationForNew"/>), or the field error saying why it cannot be
    /// settled; <paramref name="things"/> is plural, like "risks".
    /// </summary>
    public static Guid? OrganisationForNew(
        Infrastructure.Identity.CurrentUser user,
        string policy,
        Guid? requested,
        string things,
        List<FieldError> errors
    )
    {
        var chosen = user.OrganisationForNew(policy, requested);
        if (chosen is null)
            errors.Add(
                new FieldError(
                    "OrganisationId",
                    user.OrganisationsFor(policy).Count > 1 && requested is null
                        ? $"Give organisationId: the id of an organisation where you may add {things}"
                        : $"You may not add {things} to that organisation"
                )
            );
        return chosen;
    }

    public static string JsonName(string field) =>
        field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
