using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Fleet;

/// <summary>
/// What a web node caches in its own memory (API token principals), and how a change on one node makes every other
/// node's copy stale. SQLite is one file on one node, so evicting here is enough. On PostgreSQL several nodes may share
/// the database: each entry is kept with the <see cref="CacheGeneration"/> read before it was made, an eviction
/// anywhere moves the generation on, and an entry of an older generation is never used. That costs one read of a
/// one-row table per cached look-up, far less than what the cache saves, and holds without waiting for any message
/// between nodes.
/// </summary>
public sealed class NodeCaches(IMemoryCache cache, IOptions<DatabaseOptions> database)
{
    private readonly bool _shared = database.Value.Provider == DatabaseProvider.Postgres;

    private sealed record Entry(object? Value, long Generation);

    /// <summary>The generation to check and keep entries against now; 0 on a single node.</summary>
    public async ValueTask<long> GenerationAsync(AppDbContext db, CancellationToken ct = default) =>
        _shared
            ? await db
                .CacheGenerations.AsNoTracking()
                .Where(g => g.Id == CacheGeneration.TheRow)
                .Select(g => g.Value)
                .SingleAsync(ct)
            : 0;

    public bool TryGet<T>(string key, long generation, out T? value)
    {
        if (cache.TryGetValue(key, out Entry? entry) && entry is { Value: T found } && entry.Generation == generation)
        {
            value = found;
            return true;
        }
        value = default;
        return false;
    }

    public void Set<T>(string key, T value, long generation, DateTimeOffset until) =>
        cache.Set(key, new Entry(value, generation), until);

    /// <summary>Drops <paramref name="keys"/> here and makes every other node's cached entries stale; call it after the
    /// change that caused it is saved.</summary>
    public async Task EvictAsync(AppDbContext db, IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        foreach (var key in keys)
            cache.Remove(key);
        if (_shared && keys.Count > 0)
            await db
                .CacheGenerations.Where(g => g.Id == CacheGeneration.TheRow)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.Value, g => g.Value + 1), ct);
    }
}
