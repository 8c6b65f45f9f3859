namespace CareCommissioning.Web.Pages.Help;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class PrivacyModel : PageModel
{
    public void OnGet() { }
}
