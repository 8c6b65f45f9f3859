using Microsoft.AspNetCore.Diagnostics;

namespace CareCommissioning.Web.Pages.Errors;

/// <summary>The GOV.UK "page not found" and "problem with the service" pages, for every method re-executed
/// here.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[AllowWithoutTwoFactor]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public int Code { get; private set; }

    /// <summary>What a user quotes to the service desk: the failed request's identifier, also in the log.</summary>
    public string Reference => HttpContext.TraceIdentifier;
    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    public string Heading =>
        Code switch
        {
            404 => "Page not found",
            413 => "The file you selected is too large",
            400 or 405 or 415 => "Sorry, there is a problem with that request",
            _ => "Sorry, there is a problem with the service",
        };

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        // Re-executed with the status of the failed request; a hand-typed code that is not an error is treated as not
        // found.
        Code = code switch
        {
            // A body the server refused to read (too large, malformed) is the request's fault, not the service's.
            null when HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad =>
                bad.StatusCode,
            null => StatusCodes.Status500InternalServerError,
            >= 400 and <= 599 => code.Value,
            _ => StatusCodes.Status404NotFound,
        };
        Response.StatusCode = Code;
        if (Code >= 500 && HttpContext.Features.Get<IExceptionHandlerFeature>() is { } failure)
            logger.LogError(
                failure.Error,
                "Error page shown for {Path}, reference {Reference}",
                failure.Path,
                Reference
            );
    }
}
