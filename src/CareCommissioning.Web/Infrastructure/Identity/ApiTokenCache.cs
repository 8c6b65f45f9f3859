using Microsoft.Extensions.Caching.Memory;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// Drops cached API token principals on this node, so a revoked token, a disabled account or a changed role
/// takes effect at the next call instead of after <see cref="ApiTokenAuthenticationHandler.CacheFor"/>.
/// </summary>
public static class ApiTokenCache
{
    public static void Evict(IMemoryCache cache, string secretHash) =>
        cache.Remove(ApiTokenAuthenticationHandler.CacheKey(secretHash));

    /// <summary>Ends every token of a user whose password changed or was reset, or whose account was disabled: a token
    /// must not outlive the password that minted it. Returns how many were still working.</summary>
    public static async Task<int> RevokeAllAsync(AppDbContext db, IMemoryCache cache, string userId, DateTimeOffset now)
    {
        var tokens = await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync();
        foreach (var token in tokens)
            token.RevokedAt = now;
        await db.SaveChangesAsync();
        // Only tokens that still worked can be cached; the ones already revoked were evicted when they were.
        foreach (var token in tokens)
            Evict(cache, token.SecretHash);
        return tokens.Count(t => t.ExpiresAt > now);
    }

    public static async Task EvictUserAsync(
        AppDbContext db,
        IMemoryCache cache,
        string userId,
        CancellationToken ct = default
    )
    {
        var hashes = await db
            .ApiTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .Select(t => t.SecretHash)
            .ToListAsync(ct);
        foreach (var hash in hashes)
            Evict(cache, hash);
    }
}
