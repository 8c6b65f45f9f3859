namespace CareCommissioning.Web.Pages.Help;

[AllowAnonymous]
public sealed class AccessibilityModel : PageModel
{
    public void OnGet() { }
}
