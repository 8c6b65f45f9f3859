namespace CareCommissioning.Web.Pages.Help;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class AccessibilityModel : PageModel
{
    public void OnGet() { }
}
