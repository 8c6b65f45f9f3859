using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher
) : PageModel
{
    public const string Failed =
        "Enter the email address and password of an active account. After 5 wrong passwords, wait 15 minutes";

    // Hashing a password for an unknown account too makes a wrong email take as long as a wrong password.
    private static readonly ApplicationUser Nobody = new() { UserName = "nobody" };
    private static string? _nobodyHash;

    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
            ModelState.AddModelError("Input.Email", "Enter your email address");
        if (string.IsNullOrEmpty(Input.Password))
            ModelState.AddModelError("Input.Password", "Enter your password");
        if (!ModelState.IsValid)
            return Page();

        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null || user.Disabled)
        {
            _nobodyHash ??= hasher.HashPassword(Nobody, "not-a-password");
            hasher.VerifyHashedPassword(Nobody, _nobodyHash, Input.Password!);
            return Fail();
        }

        var result = await signIn.PasswordSignInAsync(
            user,
            Input.Password!,
            isPersistent: false,
            lockoutOnFailure: true
        );
        if (!result.Succeeded)
            return Fail();
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private IActionResult Fail()
    {
        // The same words whether the account exists, the password is wrong or the account is locked.
        ModelState.AddModelError("Input.Email", Failed);
        Input.Password = null;
        ModelState.Remove("Input.Password");
        return Page();
    }
}
