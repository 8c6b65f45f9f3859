namespace CareCommissioning.Web.Infrastructure.Fleet;

/// <summary>
/// One row counting the changes that make what web nodes cached in memory stale (a token revoked, an account disabled,
/// a role changed): a node reads it before trusting its cache, so a change made through one node holds on every other
/// from the next request.
/// </summary>
public sealed class CacheGeneration
{
    public const int TheRow = 1;

    public int Id { get; set; } = TheRow;
    public long Value { get; set; }
}
