namespace CareCommissioning.Web.Pages.Help;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class FeedbackModel : PageModel
{
    public void OnGet() { }
}
