using CareCommissioning.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Api;

/// <summary>Problem details the feature APIs share.</summary>
public static class ApiErrors
{
    /// <summary>Field errors keyed by the JSON member name (camelCase), as the request spelled it.</summary>
    public static ValidationProblem Validation(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => JsonName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "Some answers need correcting");

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: $"There is no {what.ToLowerInvariant()} with that id that you can see.");

    public static ProblemHttpResult Conflict(string what, int currentVersion) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Someone else changed this record",
            detail: $"The {what.ToLowerInvariant()} was changed after you read it; it is now at version {currentVersion}. Read it again, then send your changes with that version.",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });

    public static string JsonName(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
