using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class SignOutModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            // A new security stamp ends this session on the server: a copied cookie stops working at its next request.
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
