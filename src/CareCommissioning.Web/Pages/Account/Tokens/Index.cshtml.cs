using CareCommissioning.Domain.Accounts;

namespace CareCommissioning.Web.Pages.Account.Tokens;

/// <summary>Your personal API tokens: active ones first, then expired and revoked ones for reference.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow();
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == me.Id).ToListAsync();
        var now = Now;
        Tokens = tokens.OrderByDescending(t => t.IsActive(now)).ThenByDescending(t => t.CreatedAt).ToList();
    }

    /// <summary>The UK calendar day of an instant, like "1 April 2027".</summary>
    public static string Day(DateTimeOffset instant) =>
        Infrastructure.Formatting.Display.Date(Domain.Common.UkCalendar.DateOf(instant));

    public static string Status(ApiToken token, DateTimeOffset now) =>
        token.RevokedAt is not null ? "Revoked"
        : token.ExpiresAt <= now ? "Expired"
        : "Active";
}
