namespace CareCommissioning.Web.Pages.Admin.Users;

/// <summary>
/// Confirms a new user or a reset password and shows the temporary password once: it travels here in TempData
/// (encrypted, read once) and is gone on reload.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class AddedModel(AppDbContext db, CurrentUser me) : PageModel
{
    public ApplicationUser Account { get; private set; } = default!;
    public string Password { get; private set; } = "";
    public bool IsReset { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await new AdminScope(db, me).FindUserAsync(id);
        if (user is null)
            return NotFound();
        if (TempData[AddModel.TemporaryPasswordKey] is not string password)
            return Redirect(this.Links().AdminUser(id));
        Account = user;
        Password = password;
        IsReset = Request.Path.Value?.EndsWith("/password-reset", StringComparison.Ordinal) == true;
        return Page();
    }
}
