namespace CareCommissioning.Web.Pages.Help;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class CookiesModel : PageModel
{
    public void OnGet() { }
}
