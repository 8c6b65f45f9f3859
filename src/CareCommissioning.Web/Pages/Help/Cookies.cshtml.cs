namespace CareCommissioning.Web.Pages.Help;

[AllowAnonymous]
public sealed class CookiesModel : PageModel
{
    public void OnGet() { }
}
