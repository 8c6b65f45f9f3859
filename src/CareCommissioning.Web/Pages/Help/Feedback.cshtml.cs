namespace CareCommissioning.Web.Pages.Help;

[AllowAnonymous]
public sealed class FeedbackModel : PageModel
{
    public void OnGet() { }
}
