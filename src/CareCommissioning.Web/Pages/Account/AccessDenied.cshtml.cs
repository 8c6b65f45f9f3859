namespace CareCommissioning.Web.Pages.Account;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
