using CareCommissioning.Domain.Accounts;
using CareCommissioning.Web.Infrastructure.Security;

namespace CareCommissioning.Web.Pages.Account.Tokens;

/// <summary>
/// Creates a token. Only its SHA-256 hash and first characters are stored; the secret goes to the confirmation page
/// once, in TempData (encrypted, read once).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[RequiresRecentPassword]
public sealed class CreateModel(AppDbContext db, CurrentUser me, TimeProvider clock, ILoggerFactory loggers) : PageModel
{
    public const string SecretKey = "NewApiTokenSecret";
    public const string NameKey = "NewApiTokenName";
    public const int MaxActiveTokens = 20;
    public static readonly int[] ExpiryDays = [30, 90, 365];

    public sealed class InputModel
    {
        public string? Name { get; set; }
        public string? ExpiresInDays { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public static IEnumerable<SelectListItem> ExpiryItems =>
        ExpiryDays.Select(d => new SelectListItem(
            d == 365 ? "1 year" : $"{d} days",
            d.ToString(System.Globalization.CultureInfo.InvariantCulture)
        ));

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            ModelState.AddModelError("Input.Name", "Enter a name for the token");
        else if (name.Length > ApiToken.NameMaxLength)
            ModelState.AddModelError("Input.Name", $"Name must be {ApiToken.NameMaxLength} characters or fewer");
        var days = 0;
        if (string.IsNullOrEmpty(Input.ExpiresInDays))
            ModelState.AddModelError("Input.ExpiresInDays", "Select when the token expires");
        else if (
            !int.TryParse(
                Input.ExpiresInDays,
                System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture,
                out days
            ) || !ExpiryDays.Contains(days)
        )
            ModelState.AddModelError("Input.ExpiresInDays", "Select when the token expires from the list");

        var now = clock.GetUtcNow();
        if (ModelState.IsValid)
        {
            var active = await db
                .ApiTokens.Where(t => t.UserId == me.Id && t.RevokedAt == null)
                .Select(t => t.ExpiresAt)
                .ToListAsync();
            if (active.Count(e => e > now) >= MaxActiveTokens)
                ModelState.AddModelError(
                    "Input.Name",
                    $"You already have {MaxActiveTokens} active tokens. Revoke one you no longer use first"
                );
        }
        if (!ModelState.IsValid)
            return Page();

        var secret = ApiTokenSecrets.NewSecret();
        var token = new ApiToken
        {
            UserId = me.Id,
            Name = name!,
            Prefix = ApiTokenSecrets.PrefixOf(secret),
            SecretHash = ApiTokenSecrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        SecurityLog.TokenCreated(
            loggers.CreateLogger(SecurityLog.Category),
            token.Id,
            me.Id,
            SecurityLog.AddressOf(HttpContext)
        );
        TempData[SecretKey] = secret;
        TempData[NameKey] = name;
        return Redirect(this.Links().ApiTokenCreated());
    }
}
