using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Errors;

/// <summary>
/// API errors become RFC 9457 problem details. A body the API cannot read (malformed JSON, a wrong type, an unknown or
/// missing member, an empty body, a charset it does not read) is the client's error, a 400 (415 for the media type)
/// that names the field by its JSON path and says why (<see cref="UnreadableBody"/>), never a 500, in every
/// environment. Pages fall through to the GOV.UK error page.
/// </summary>
public sealed class ApiExceptionHandler(
    IProblemDetailsService problems,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
    ILogger<ApiExceptionHandler> logger
) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        // The middleware has already pointed the request at the error page (/error) when it asks us, so the address
        // that failed is the feature's, and so is the endpoint.
        var feature = context.Features.Get<IExceptionHandlerPathFeature>();
        var path = feature?.Path ?? context.Request.Path;
        if (!new PathString(path).StartsWithSegments("/api"))
            return false;

        if (UnreadableBody.From(context, exception, feature?.Endpoint, json.Value.SerializerOptions) is { } body)
            return await WriteAsync(context, exception, body);

        // Two saves of one record at once: the loser's version check fails inside the database, which is a conflict
        // like any stale version, not a fault.
        var conflict = exception is DbUpdateConcurrencyException;
        if (!conflict)
            logger.LogError(
                exception,
                "Unhandled error on {Path}, reference {Reference}",
                path,
                context.TraceIdentifier
            );
        var status = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status500InternalServerError;
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails =
                {
                    Status = status,
                    Title = conflict
                        ? "Someone else changed this record at the same time"
                        : "Sorry, there is a problem with the service",
                    Detail = conflict
                        ? "Nothing was saved. Read the record again, then send your change."
                        : $"Try again later. If you contact us about it, quote reference {context.TraceIdentifier}.",
                    Type = conflict
                        ? "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10"
                        : "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
                },
            }
        );
    }

    private async ValueTask<bool> WriteAsync(HttpContext context, Exception exception, UnreadableBody body)
    {
        context.Response.StatusCode = body.Status;
        var problem = new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = body.Status,
                Title = body.Title,
                Detail = body.Detail,
                Type =
                    body.Status == StatusCodes.Status415UnsupportedMediaType
                        ? "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16"
                        : "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            },
        };
        var extensions = problem.ProblemDetails.Extensions;
        if (body.JsonPath is not null)
            extensions["jsonPath"] = body.JsonPath;
        if (body.Line is not null)
            extensions["line"] = body.Line;
        if (body.Position is not null)
            extensions["position"] = body.Position;
        // Field errors as a validation problem names them, so a client can put the message by the field it sent.
        if (body.Errors.Count > 0)
            extensions["errors"] = body.Errors;
        return await problems.TryWriteAsync(problem);
    }
}
