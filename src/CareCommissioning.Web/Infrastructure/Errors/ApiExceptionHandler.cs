using Microsoft.AspNetCore.Diagnostics;

namespace CareCommissioning.Web.Infrastructure.Errors;

/// <summary>
/// API errors become RFC 9457 problem details; a malformed body (bad JSON, wrong types, unknown fields) is the
/// client's error, a 400, never a 500. Pages fall through to the GOV.UK error page.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        // The middleware has already pointed the request at the error page (/error) when it asks us, so the address
        // that failed is the feature's.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        if (!new PathString(path).StartsWithSegments("/api"))
            return false;

        var badRequest = exception is BadHttpRequestException or System.Text.Json.JsonException;
        // Two saves of one record at once: the loser's version check fails inside the database, which is a conflict
        // like any stale version, not a fault.
        var conflict = exception is DbUpdateConcurrencyException;
        var status =
            exception is BadHttpRequestException b ? b.StatusCode
            : badRequest ? 400
            : conflict ? 409
            : 500;
        if (!badRequest && !conflict)
            logger.LogError(
                exception,
                "Unhandled error on {Path}, reference {Reference}",
                path,
                context.TraceIdentifier
            );

        context.Response.StatusCode = status;
        var problem = new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title =
                    badRequest ? "The request body could not be read"
                    : conflict ? "Someone else changed this record at the same time"
                    : "Sorry, there is a problem with the service",
                Detail =
                    badRequest ? ReadableDetail(exception)
                    : conflict ? "Nothing was saved. Read the record again, then send your change."
                    : $"Try again later. If you contact us about it, quote reference {context.TraceIdentifier}.",
                Type =
                    badRequest ? "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1"
                    : conflict ? "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10"
                    : "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
            },
        };
        // A value of the wrong type names its field under "errors", as a validation problem does, so a client can put
        // the message by the field it sent.
        if (badRequest && JsonField(exception) is { } field)
            problem.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [field] = [ReadableDetail(exception)],
            };
        return await problems.TryWriteAsync(problem);
    }

    /// <summary>The field a JSON error is about, as the client named it (<c>contributions[1].amount</c>), or
    /// null.</summary>
    private static string? JsonField(Exception e) =>
        (e as System.Text.Json.JsonException ?? e.InnerException as System.Text.Json.JsonException)?.Path
            is { Length: > 2 } path
        && path.StartsWith("$.", StringComparison.Ordinal)
            ? path[2..]
            : null;

    private static string ReadableDetail(Exception e)
    {
        // The JSON reader's message names the path and what was wrong, without internals.
        var json = e as System.Text.Json.JsonException ?? e.InnerException as System.Text.Json.JsonException;
        if (json is not null)
            return json.Path is { Length: > 0 } path
                ? $"The value at '{path}' is not of the right type or is not allowed."
                : "The body is not valid JSON.";
        return e.Message;
    }
}
