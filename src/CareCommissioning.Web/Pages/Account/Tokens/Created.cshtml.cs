namespace CareCommissioning.Web.Pages.Account.Tokens;

/// <summary>Shows a new token's secret once. On reload it is gone (TempData is read once) and you go back to the
/// list.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CreatedModel : PageModel
{
    public string Secret { get; private set; } = "";
    public string Name { get; private set; } = "";

    public IActionResult OnGet()
    {
        if (TempData[CreateModel.SecretKey] is not string secret)
            return Redirect(this.Links().ApiTokens());
        Secret = secret;
        Name = TempData[CreateModel.NameKey] as string ?? "";
        return Page();
    }
}
