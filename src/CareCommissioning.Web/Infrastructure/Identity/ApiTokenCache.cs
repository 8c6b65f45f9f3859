using CareCommissioning.Web.Infrastructure.Fleet;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// Drops cached API token principals on every node (<see cref="NodeCaches"/>), so a revoked token, a disabled account
/// or a changed role takes effect at the next call, whichever node takes it, instead of after
/// <see cref="ApiTokenAuthenticationHandler.CacheFor"/>.
/// </summary>
public sealed class ApiTokenCache(NodeCaches caches)
{
    public Task EvictAsync(AppDbContext db, string secretHash) =>
        caches.EvictAsync(db, [ApiTokenAuthenticationHandler.CacheKey(secretHash)]);

    /// <summary>Ends every token of a user whose password changed or was reset, or whose account was disabled: a token
    /// must not outlive the password that minted it. Returns how many were still working.</summary>
    public async Task<int> RevokeAllAsync(AppDbContext db, string userId, DateTimeOffset now)
    {
        var tokens = await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync();
        foreach (var token in tokens)
            token.RevokedAt = now;
        await db.SaveChangesAsync();
        // Only tokens that still worked can be cached; the ones already revoked were evicted when they were.
        await caches.EvictAsync(db, tokens.Select(t => ApiTokenAuthenticationHandler.CacheKey(t.SecretHash)).ToList());
        return tokens.Count(t => t.ExpiresAt > now);
    }

    public async Task EvictUserAsync(AppDbContext db, string userId, CancellationToken ct = default)
    {
        var hashes = await db
            .ApiTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .Select(t => t.SecretHash)
            .ToListAsync(ct);
        await caches.EvictAsync(db, hashes.Select(ApiTokenAuthenticationHandler.CacheKey).ToList(), ct);
    }
}
