using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareCommissioning.Web.Pages.Errors;

/// <summary>The GOV.UK "page not found" and "problem with the service" pages, for every method re-executed here.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    public string Heading => Code switch
    {
        404 => "Page not found",
        400 or 405 or 415 => "Sorry, there is a problem with that request",
        _ => "Sorry, there is a problem with the service",
    };

    public void OnGet(int? code) => Set(code);
    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        Code = code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
    }
}
