namespace CareCommissioning.Web.Pages.Help;

[AllowAnonymous]
public sealed class PrivacyModel : PageModel
{
    public void OnGet() { }
}
