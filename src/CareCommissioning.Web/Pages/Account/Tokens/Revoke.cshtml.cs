using CareCommissioning.Domain.Accounts;
using CareCommissioning.Web.Infrastructure.Security;

namespace CareCommissioning.Web.Pages.Account.Tokens;

/// <summary>Revokes one of your tokens; the cached principal is evicted on every node so it stops working at
/// once.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class RevokeModel(
    AppDbContext db,
    CurrentUser me,
    ApiTokenCache tokenCache,
    TimeProvider clock,
    ILoggerFactory loggers
) : PageModel
{
    public ApiToken Token { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var token = await FindAsync(id);
        if (token is null)
            return NotFound();
        if (!token.IsActive(clock.GetUtcNow()))
            return Redirect(this.Links().ApiTokens());
        Token = token;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var token = await FindAsync(id);
        if (token is null)
            return NotFound();
        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync();
            SecurityLog.TokenRevoked(
                loggers.CreateLogger(SecurityLog.Category),
                token.Id,
                me.Id,
                SecurityLog.AddressOf(HttpContext)
            );
        }
        await tokenCache.EvictAsync(db, token.SecretHash);
        TempData[PageKeys.SuccessMessage] = $"Token \u2018{token.Name}\u2019 revoked. It no longer works.";
        return Redirect(this.Links().ApiTokens());
    }

    private Task<ApiToken?> FindAsync(Guid id) =>
        db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == me.Id);
}
