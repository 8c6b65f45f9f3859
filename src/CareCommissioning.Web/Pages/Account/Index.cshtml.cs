namespace CareCommissioning.Web.Pages.Account;

/// <summary>Who you are and which roles you hold in which organisations.</summary>
[Authorize(Policy = Policies.OwnAccount)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public sealed record Held(string Organisation, IReadOnlyList<string> Roles);

    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public IReadOnlyList<Held> Roles { get; private set; } = [];
    public int ActiveTokens { get; private set; }
    public bool TwoFactor { get; private set; }

    public async Task OnGetAsync()
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == me.Id);
        Name = user.DisplayName;
        Email = user.Email ?? "";
        TwoFactor = user.TwoFactorEnabled;
        var held = await (
            from m in db.Memberships.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
            where m.UserId == user.Id
            select new { o.Name, m.Role }
        ).ToListAsync();
        Roles = held.GroupBy(h => h.Name)
            .OrderBy(g => g.Key)
            .Select(g => new Held(g.Key, g.OrderBy(h => h.Role).Select(h => RoleNames.Display(h.Role)).ToList()))
            .ToList();
        var now = clock.GetUtcNow();
        var tokens = await db
            .ApiTokens.AsNoTracking()
            .Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .Select(t => t.ExpiresAt)
            .ToListAsync();
        ActiveTokens = tokens.Count(e => e > now);
    }
}
