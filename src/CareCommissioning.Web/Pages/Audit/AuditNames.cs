namespace CareCommissioning.Web.Pages.Audit;

/// <summary>The names of the people behind audit rows, so the trail reads "Chris Lee" rather than an email address or
/// id.</summary>
public static class AuditNames
{
    public static async Task<IReadOnlyDictionary<string, string>> ForAsync(
        AppDbContext db,
        IEnumerable<AuditEntry> entries,
        CancellationToken ct = default
    )
    {
        var ids = entries.Where(e => e.UserId is not null).Select(e => e.UserId!).Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<string, string>();
        return await db
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    /// <summary>"Chris Lee (admin@demo.test)", or the name recorded at the time ("system", "anonymous").</summary>
    public static string Who(AuditEntry e, IReadOnlyDictionary<string, string> names) =>
        e.UserId is not null && names.TryGetValue(e.UserId, out var name)
            ? $"{name} ({e.UserName})"
            : e.UserName ?? "Unknown";
}
